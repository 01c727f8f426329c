// The route table: which view a URL shows. Unknown URLs get a way back, not a blank page.
import { useAbilities } from './abilities.ts';
import { DealLab } from './deals/DealLab.tsx';
import { Circulation } from './govern/Circulation.tsx';
import { Signing } from './govern/Signing.tsx';
import { SigningDesk } from './govern/SigningDesk.tsx';
import { Trace } from './govern/Trace.tsx';
import type { Route } from './router.ts';
import { Claims } from './views/Claims.tsx';
import { Columns } from './views/Columns.tsx';
import { Compare } from './views/Compare.tsx';
import { Contradictions } from './views/Contradictions.tsx';
import { Dashboard } from './views/Dashboard.tsx';
import { DraftImport } from './views/DraftImport.tsx';
import { DraftReader } from './views/DraftReader.tsx';
import { Drafts } from './views/Drafts.tsx';
import { History } from './views/History.tsx';
import { Matrix } from './views/Matrix.tsx';
import { Parties } from './views/Parties.tsx';
import { PartyPage } from './views/PartyPage.tsx';
import { PersonPage } from './views/PersonPage.tsx';
import { SourcePage } from './views/SourcePage.tsx';
import { Sources } from './views/Sources.tsx';
import { Timeline } from './views/Timeline.tsx';

export function Views({ route }: { route: Route }) {
  const [first = '', id, sub] = route.segments;
  const param = (name: string) => route.params.get(name) ?? undefined;
  const can = useAbilities();
  switch (first) {
    case '':
      return <Dashboard />;
    case 'drafts':
      if (id === 'new') return <DraftImport />;
      return id ? <DraftReader id={id} focus={param('at')} /> : <Drafts />;
    case 'columns':
      return id ? (
        <Columns draft={id} track={param('track')} topic={param('topic')} party={param('party')} />
      ) : (
        <NotFound />
      );
    case 'history':
      return id && sub ? <History draft={id} provision={sub} /> : <NotFound />;
    case 'matrix':
      return (
        <Matrix draft={param('draft')} track={param('track')} topic={param('topic')} asOf={param('asOf')} />
      );
    case 'timeline':
      return (
        <Timeline
          focus={param('focus')}
          adding={param('add') === '1'}
          kind={param('kind')}
          party={param('party')}
          from={param('from')}
          to={param('to')}
        />
      );
    case 'parties':
      return id ? <PartyPage id={id} /> : <Parties />;
    case 'people':
      return id ? <PersonPage id={id} /> : <Parties />;
    case 'sources':
      return id ? <SourcePage id={id} /> : <Sources />;
    case 'claims':
      return (
        <Claims
          status={param('status')}
          kind={param('kind')}
          source={param('source')}
          speaker={param('speaker')}
          page={param('page')}
        />
      );
    case 'contradictions':
      return <Contradictions />;
    case 'compare':
      return <Compare from={param('from')} to={param('to')} />;
    case 'circulation':
      return can.manage ? <Circulation draft={param('draft')} /> : <NotFound />;
    case 'signing':
      return id ? <SigningDesk id={id} /> : <Signing />;
    case 'deals':
      return <DealLab draft={param('draft')} party={param('party')} />;
    case 'trace':
      return can.manage ? <Trace /> : <NotFound />;
    default:
      return <NotFound />;
  }
}

function NotFound() {
  return (
    <div>
      <h1>No such page</h1>
      <p>
        <a href="#/">Back to the dashboard</a>
      </p>
    </div>
  );
}

// The header's account corner: who is signed in (name, role, party) and Sign out. In open
// mode there is nobody to sign out, so it just says the home is open.
import type { SessionRole } from '../../../src/contract/session.ts';
import { useRoster } from '../roster.tsx';
import { useSession, useWho } from '../session.tsx';

const ROLE_LABEL: Record<SessionRole, string> = {
  owner: 'Owner',
  secretariat: 'Secretariat',
  delegate: 'Delegate',
  analyst: 'Analyst',
  admin: 'Admin',
};

export function WhoAmI() {
  const who = useWho();
  const { signOut } = useSession();
  const { partyName } = useRoster();
  if (who.role === 'owner') {
    return (
      <span className="who muted small" title="No accounts yet: everyone acts as the owner">
        Open mode
      </span>
    );
  }
  return (
    <div className="who" data-user={who.user}>
      <span className="who-name">{who.name}</span>
      <span className="who-role muted small">
        {ROLE_LABEL[who.role]}
        {who.party ? ` · ${partyName(who.party)}` : ''}
      </span>
      <button type="button" className="link" onClick={() => void signOut()}>
        Sign out
      </button>
    </div>
  );
}

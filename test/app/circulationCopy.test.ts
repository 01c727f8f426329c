import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftCertificate } from '../../src/app/certificate.ts';
import { circulateDraft, listCirculations } from '../../src/app/circulation.ts';
import { circulationCopy } from '../../src/app/circulationCopy.ts';
import type { Services } from '../../src/app/context.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { type Actor, owner } from '../../src/core/actor.ts';
import type { Store } from '../../src/store/database.ts';
import { seedSmall, snapshot } from '../support/fixtures.ts';
import { pdfInfo, pdfToText } from '../support/pdfText.ts';
import { backends, openSeeded } from '../support/stores.ts';

const delegate = (party: string): Actor => ({ kind: 'user', id: `d-${party}`, role: 'delegate', party });

describe.each(backends)('copies served again in any format, on $name', (backend) => {
  let store: Store;
  let s: Services;

  beforeEach(async () => {
    ({ store, services: s } = await openSeeded(backend, 'small', seedSmall));
  });
  afterEach(() => store.close());

  const copyOf = (actor: Actor, circulation: string, format: string, services = s) =>
    runUseCase(services, actor, circulationCopy, { circulation, format });
  /** Circulates v1 and fetches the recipient's copy in `format`, as `parley circulate` does. */
  const circulate = async (to: string, format: string, summary?: string) => {
    const { circulation } = await runUseCase(s, owner, circulateDraft, { draft: 'v1', to, summary });
    return { circulation, copy: (await copyOf(owner, circulation.id, format)).body };
  };

  it('regenerates exactly the PDF handed out at circulation, for its recipient only', async () => {
    const { circulation, copy } = await circulate('north', 'pdf');
    expect(copy).toBeInstanceOf(Uint8Array);
    const again = await copyOf(delegate('north'), circulation.id, 'pdf');
    expect(again).toMatchObject({ mediaType: 'application/pdf', fileName: 'v1-north.pdf' });
    expect(Buffer.from(again.body as Uint8Array).equals(Buffer.from(copy as Uint8Array))).toBe(true);
    const info = await pdfInfo(copy as Uint8Array);
    expect(info.get('Title')).toBe('First text');
    expect(info.get('Subject')).toBe('Copy for Northland');
    expect(new Date(info.get('CreationDate')!).getTime()).toBeGreaterThan(0);
    const text = await pdfToText(copy as Uint8Array);
    expect(text).toContain('Copy for Northland — ');
    expect(text).toContain('Page 1 of 1');
    expect(text).toContain('Quotas are published in May.');
    const hidden = await copyOf(delegate('south'), circulation.id, 'pdf').catch((e) => e);
    expect(hidden).toMatchObject({ code: 'not_found' });
  });

  it('serves the same words as Markdown that were recorded, and summaries as summaries', async () => {
    const md = await circulate('north', 'md');
    const again = await copyOf(owner, md.circulation.id, 'md');
    expect(again.body).toBe(md.copy);
    expect(again.mediaType).toBe('text/markdown; charset=utf-8');
    const summary = await circulate('south', 'text', 'The lake is shared; disputes go to a commission.');
    const pdf = await copyOf(owner, summary.circulation.id, 'pdf');
    expect(pdf.fileName).toBe('v1-south-summary.pdf');
    const text = await pdfToText(pdf.body as Uint8Array);
    expect(text).toContain('First text (summary)');
    expect(text).toContain('disputes go to a commission');
    expect(text).not.toContain('Fishing quotas');
  });

  it('refuses an unknown format with the choices, and records nothing', async () => {
    const { circulation } = await circulate('north', 'md');
    const before = await snapshot(s);
    await expect(copyOf(owner, circulation.id, 'docx')).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining("unknown format 'docx': choose text, md, html or pdf"),
      details: { field: 'format' },
    });
    await expect(copyOf(owner, 'nope', 'pdf')).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      runUseCase(s, owner, draftCertificate, { draft: 'v1', format: 'docx' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('choose html or pdf'),
    });
    expect(await snapshot(s)).toBe(before);
    expect(await runUseCase(s, owner, listCirculations, {})).toHaveLength(1);
  });

  it('notices when the copy can no longer be regenerated as recorded (another secret)', async () => {
    const { circulation } = await circulate('north', 'pdf');
    const elsewhere = { ...s, fingerprintSecret: 'd'.repeat(64) };
    await expect(copyOf(owner, circulation.id, 'pdf', elsewhere)).rejects.toMatchObject({ code: 'conflict' });
  });
});

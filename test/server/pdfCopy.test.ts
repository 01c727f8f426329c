import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfInfo, pdfToText } from '../support/pdfText.ts';
import { backends } from '../support/stores.ts';
import { type Harness, openHarness } from './harness.ts';

describe.each(backends)('a PDF copy over HTTP, on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(backend);
  });
  afterEach(() => h.close());

  it('downloads the recipient’s copy as a PDF attachment, the same bytes every time', async () => {
    const created = await h.app.inject({
      method: 'POST',
      url: '/api/drafts/v1/circulations',
      payload: { to: 'north' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const url = `${created.json().copyUrl}?format=pdf`;
    const first = await h.app.inject({ method: 'GET', url });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(first.headers['content-disposition']).toBe('attachment; filename="v1-north.pdf"');
    expect(first.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await pdfInfo(first.rawPayload)).get('Subject')).toBe('Copy for Northland');
    expect(await pdfToText(first.rawPayload)).toContain('A joint commission settles disputes.');
    const second = await h.app.inject({ method: 'GET', url });
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
  });
});

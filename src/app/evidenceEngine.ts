// The evidence engine, loaded on first use: its HTML and date libraries take long to load,
// and a server, or a command, that ingests nothing and compares no claims should not wait
// for them.

/** The engine's public surface (evidence/index.ts), imported once and then cached by Node. */
export function evidenceEngine(): Promise<typeof import('../evidence/index.ts')> {
  return import('../evidence/index.ts');
}

// Where the Akoma Ntoso 3.0 schema is read from at test time — never copied into the
// repository: PARLEY_AKN_SCHEMA_DIR, else shared/ beside the repository (as CI lays it),
// else /work/shared. Without it the validating tests are skipped, saying so in one line.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

export type SchemaPlan = { run: true; dir: string } | { run: false; why: string };

/** The schema directory holding akomantoso30.xsd and xml.xsd, or why the tests skip. */
export function aknSchemaPlan(env: Readonly<Record<string, string | undefined>> = process.env): SchemaPlan {
  const candidates = [
    ...(env.PARLEY_AKN_SCHEMA_DIR ? [env.PARLEY_AKN_SCHEMA_DIR] : []),
    path.join(repo, '..', 'shared', 'schemas', 'akoma-ntoso'),
    '/work/shared/schemas/akoma-ntoso',
  ];
  const dir = candidates.find(
    (d) => existsSync(path.join(d, 'akomantoso30.xsd')) && existsSync(path.join(d, 'xml.xsd')),
  );
  if (dir) return { run: true, dir };
  return {
    run: false,
    why: `Akoma Ntoso validation skipped: akomantoso30.xsd and xml.xsd not found in ${candidates.join(', ')}; set PARLEY_AKN_SCHEMA_DIR to the folder holding them`,
  };
}

/** Validates an XML document against the schema; the errors as xmllint words them. */
export async function validateAkn(dir: string, xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const { validateXML } = await import('xmllint-wasm');
  const result = await validateXML({
    xml: [{ fileName: 'draft.xml', contents: xml }],
    schema: [
      { fileName: 'akomantoso30.xsd', contents: readFileSync(path.join(dir, 'akomantoso30.xsd'), 'utf8') },
    ],
    preload: [{ fileName: 'xml.xsd', contents: readFileSync(path.join(dir, 'xml.xsd'), 'utf8') }],
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

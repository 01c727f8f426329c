// Builds dist/ for the `parley` command (`npm run build`, and `prepare` on `npm ci`):
// - src/ compiled to JavaScript, one file per TypeScript file at the same relative path, so
//   paths resolved from a module's own URL (migrations, the web app, the demo, a
//   `*.worker.js` beside its importer) work from dist/ as from src/. Bundling each file while
//   keeping every relative import external is how esbuild rewrites `./x.ts` to `./x.js`;
//   packages stay in node_modules, except the few below.
// - dist/vendor/: zod, drizzle-orm, fastify-type-provider-zod (which imports zod),
//   chrono-node and linkedom, with what they import, bundled into a few files shared by
//   every module of dist/. From node_modules they are ~700 files (drizzle and zod ~200 in
//   `parley status`, where resolving and compiling them was a third of the start-up).
//   One build with code splitting keeps one copy of each: two copies of zod or drizzle would
//   not recognise each other's schemas and tables.
// - dist/empty-home/pgdata: an empty PGlite data directory with every migration applied.
//   A new home starts as a copy of it (store/database.ts): creating one costs seconds of
//   initdb. Remade only when the migrations or PGlite change. It holds no data and no
//   secret (the keys live in <home>/keys, made on first use). It has no template0 and
//   template1 databases (Parley uses only `postgres` and never creates a database): each
//   file of a copy costs about a millisecond of system time here, and they were 600 of 1,091.
// - dist/evidence/index.js: the evidence engine (src/evidence, ~230 modules, imported from
//   outside only through index.ts) bundled into one file, its imports of core/ and of vendored
//   packages kept as imports of dist/'s own files. Resolving, reading and linking its modules
//   one by one was about 0.3 s of CPU of `parley ingest`, half of what loading the engine
//   cost. Its modules are in no other file of dist/, so no process can hold two copies of one.
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = path.join(root, 'src');
const out = path.join(root, 'dist');
const emptyHome = path.join(out, 'empty-home');
const migrations = path.join(src, 'store/migrations');

/** Every TypeScript module under src/, workers included (each is an entry of its own). */
function sources(dir = src) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

// esbuild's table has Node 20 lacking Unicode property escapes in patterns (/\p{Lu}/u), so it
// rewrote each such literal as `new RegExp(...)` where it stood: a pattern rebuilt on every call
// in the hot paths of the evidence engine. Node has had them since 10.
const SUPPORTED = { 'regexp-unicode-property-escapes': true };

/** How every module of dist/ is written: ES modules for Node 20, with their source maps. */
const ESM_FOR_NODE = {
  format: 'esm',
  platform: 'node',
  target: 'node20',
  supported: SUPPORTED,
  sourcemap: 'linked',
  logLevel: 'warning',
};

/** Keeps our own modules as separate files: `./x.ts` stays an import, of `./x.js`. */
const ownModulesExternal = {
  name: 'own-modules-external',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.kind === 'entry-point' ? undefined : { path: args.path.replace(/\.ts$/, '.js'), external: true },
    );
  },
};

/** The packages bundled into dist/vendor/ (each import of them, subpaths included). */
const VENDORED = ['zod', 'drizzle-orm', 'fastify-type-provider-zod', 'chrono-node', 'linkedom'];
/** What vendored code imports that stays in node_modules: native, optional, or with files of its own. */
const NOT_BUNDLED = ['@electric-sql/pglite', 'pg', 'canvas', '@fastify/error'];
const isVendored = (specifier) => VENDORED.some((p) => specifier === p || specifier.startsWith(`${p}/`));
const vendorName = (specifier) => specifier.replaceAll('/', '__');

/**
 * Points imports of vendored packages at dist/vendor/<name>.js, relative to the importing
 * module's place in dist/, and collects the specifiers for the vendor build.
 */
function vendoredImports(specifiers) {
  return {
    name: 'vendored-imports',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (!isVendored(args.path)) return undefined;
        specifiers.add(args.path);
        const from = path.dirname(path.join(out, path.relative(src, args.importer)));
        const target = path.relative(from, path.join(out, 'vendor', `${vendorName(args.path)}.js`));
        return { path: target.startsWith('.') ? target : `./${target}`, external: true };
      });
    },
  };
}

/** dist/vendor/: one entry per imported specifier, re-exporting it whole; shared code in chunks. */
async function buildVendor(specifiers) {
  const entries = [];
  for (const specifier of [...specifiers].sort()) {
    const module = await import(specifier);
    entries.push({ specifier, hasDefault: 'default' in module });
  }
  await build({
    entryPoints: entries.map((e) => ({ in: `vendor:${e.specifier}`, out: vendorName(e.specifier) })),
    outdir: path.join(out, 'vendor'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    supported: SUPPORTED,
    logLevel: 'warning',
    // CommonJS code bundled into ES modules still calls `require` (node builtins, linkedom's optional canvas).
    banner: {
      js: "import { createRequire as __parleyRequire } from 'node:module'; const require = __parleyRequire(import.meta.url);",
    },
    plugins: [
      {
        name: 'vendor-entries',
        setup(b) {
          b.onResolve({ filter: /^vendor:/ }, (args) => ({ path: args.path.slice(7), namespace: 'vendor' }));
          b.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => {
            const spec = JSON.stringify(args.path);
            const hasDefault = entries.find((e) => e.specifier === args.path)?.hasDefault;
            return {
              contents: `export * from ${spec};${hasDefault ? ` export { default } from ${spec};` : ''}`,
              resolveDir: root,
            };
          });
          b.onResolve({ filter: /^[^./]/ }, (args) =>
            NOT_BUNDLED.some((p) => args.path === p || args.path.startsWith(`${p}/`))
              ? { path: args.path, external: true }
              : undefined,
          );
        },
      },
    ],
  });
}

/** Builds dist/ afresh (the empty home is kept while still current); returns how many modules were written. */
export async function buildCli() {
  for (const entry of existsSync(out) ? readdirSync(out) : []) {
    if (entry !== 'empty-home') rmSync(path.join(out, entry), { recursive: true, force: true });
  }
  // The engine is one bundle of its own (buildEngine): no per-file copy of its modules to load beside it.
  const entryPoints = sources().filter((file) => !insideEngine(file));
  const vendored = new Set();
  await build({
    entryPoints,
    outdir: out,
    outbase: src,
    bundle: true,
    packages: 'external',
    plugins: [ownModulesExternal, vendoredImports(vendored)],
    ...ESM_FOR_NODE,
  });
  await buildEngine(vendored);
  await buildVendor(vendored);
  // Read at run time by drizzle's migrator, beside the compiled database module.
  cpSync(migrations, path.join(out, 'store/migrations'), { recursive: true });
  await makeEmptyHome();
  return entryPoints.length;
}

const engine = path.join(src, 'evidence');
const insideEngine = (file) => !path.relative(engine, file).startsWith('..');

/** dist/evidence/index.js: src/evidence, every module under it, as one bundle. */
async function buildEngine(vendored) {
  await build({
    entryPoints: [path.join(engine, 'index.ts')],
    outfile: path.join(out, 'evidence/index.js'),
    bundle: true,
    packages: 'external',
    plugins: [
      {
        name: 'engine-only',
        setup(b) {
          // A module outside src/evidence (core/errors, core/calendar…) stays the one file of
          // dist/ that every other module imports: one ParleyError class, one of each.
          b.onResolve({ filter: /^\.\.?\// }, (args) => {
            const target = path.resolve(args.resolveDir, args.path);
            if (insideEngine(target)) return undefined;
            const built = path.join(out, path.relative(src, target)).replace(/\.ts$/, '.js');
            const relative = path.relative(path.join(out, 'evidence'), built);
            return { path: relative.startsWith('.') ? relative : `./${relative}`, external: true };
          });
        },
      },
      vendoredImports(vendored),
    ],
    ...ESM_FOR_NODE,
  });
}

/** What the empty home depends on: the migrations and the PGlite version that wrote it. */
function emptyHomeKey() {
  const hash = createHash('sha256');
  hash.update('without template databases');
  hash.update(
    JSON.parse(readFileSync(path.join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8'))
      .version,
  );
  const files = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
    );
  for (const file of files(migrations).sort())
    hash.update(path.relative(migrations, file)).update(readFileSync(file));
  return hash.digest('hex');
}

async function makeEmptyHome() {
  const keyFile = path.join(emptyHome, 'key');
  const key = emptyHomeKey();
  if (
    existsSync(path.join(emptyHome, 'pgdata')) &&
    existsSync(keyFile) &&
    readFileSync(keyFile, 'utf8') === key
  )
    return;
  rmSync(emptyHome, { recursive: true, force: true });
  mkdirSync(emptyHome, { recursive: true });
  console.log('making dist/empty-home (a migrated empty database for new homes) …');
  const [{ PGlite }, { drizzle }, { migrate }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  const making = path.join(emptyHome, 'pgdata.new');
  const client = new PGlite(making);
  await migrate(drizzle(client), { migrationsFolder: migrations });
  for (const db of ['template0', 'template1']) {
    await client.exec(`alter database ${db} with is_template false`);
    await client.exec(`drop database ${db}`);
  }
  await client.exec('checkpoint');
  await client.close();
  renameSync(making, path.join(emptyHome, 'pgdata'));
  writeFileSync(keyFile, key);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const count = await buildCli();
  console.log(`built ${count} modules into dist/ in ${Math.round(performance.now() - started)} ms`);
}

// Bundles Electron's main process (ESM) and the sandboxed preload (CommonJS: sandboxed renderers
// cannot load ESM preloads) into out/electron. The renderer is built separately by Vite (dist/ui).
import { build } from 'esbuild';
import { cp, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = { bundle: true, platform: 'node', target: 'node22', external: ['electron'], sourcemap: true, logLevel: 'info' };

await build({ ...common, entryPoints: [`${root}electron/main/main.ts`], outfile: `${root}out/electron/main.mjs`, format: 'esm', packages: 'external' });
// The PDF importer's text worker runs as its own module (new Worker(url)), so it is not part of
// main.mjs: it is emitted beside it, where src/host/import/pdf/worker-pool.ts looks for it.
await build({ ...common, entryPoints: [`${root}src/host/import/pdf/pdf-worker.ts`], outfile: `${root}out/electron/pdf-worker.mjs`, format: 'esm', packages: 'external' });
// Likewise the import worker (src/host/workers/off-thread.ts looks for it beside main.mjs).
await build({ ...common, entryPoints: [`${root}src/host/workers/import-worker.ts`], outfile: `${root}out/electron/import-worker.mjs`, format: 'esm', packages: 'external' });
await build({ ...common, entryPoints: [`${root}electron/preload/preload.ts`], outfile: `${root}out/electron/preload.cjs`, format: 'cjs' });
await mkdir(`${root}out/electron`, { recursive: true });
// The host finds its bundled data next to its own module (../core/samples from out/electron/main.mjs).
await cp(`${root}src/core/samples`, `${root}out/core/samples`, { recursive: true });

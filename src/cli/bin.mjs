#!/usr/bin/env node
// Entry point of the `duizhao` command. Plain JavaScript so that it runs (and can explain itself)
// on any Node version; the real work is in main.ts, which Node 22.18+ runs by stripping types.

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  process.stderr.write(
    `duizhao needs Node.js 22.13 or newer; this is Node ${process.versions.node}.\n` +
      'Install Node 22 LTS from https://nodejs.org/ (or with a version manager: "nvm install 22", "fnm install 22"),\n' +
      'or run it through the project\'s own copy: "npx duizhao" inside the checkout after "npm ci".\n',
  );
  process.exit(1);
}

// Silence exactly two experimental notices: node:sqlite's and (on Node < 22.18 with the flag) type
// stripping's. Every other warning goes through untouched.
const QUIET = [/SQLite is an experimental feature/, /Type Stripping is an experimental feature/];
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = (warning, ...rest) => {
  const message = typeof warning === 'string' ? warning : warning?.message ?? '';
  const type = typeof warning === 'string' ? (typeof rest[0] === 'string' ? rest[0] : rest[0]?.type) : warning?.name;
  if (type === 'ExperimentalWarning' && QUIET.some((pattern) => pattern.test(message))) return;
  return emitWarning(warning, ...rest);
};

let main;
try {
  ({ main } = await import('./main.ts'));
} catch (error) {
  if (error?.code === 'ERR_UNKNOWN_FILE_EXTENSION') {
    process.stderr.write('duizhao needs Node.js 22.18 or newer to run TypeScript directly (or start it with --experimental-strip-types).\n');
    process.exit(1);
  }
  throw error;
}
process.exitCode = await main(process.argv.slice(2));

// `npm test`: lint, type checks, unit tests (Vitest) and end-to-end tests (Playwright), each
// counted, then one plain "N passed, N failed" line, because CI reads that line and not the
// runners' own summaries. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync, mkdirSync } from 'node:fs';

const out = 'test-results/summary';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(name, command, args, env = {}) {
  console.log(`\n== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function step(name, command, args) {
  if (run(name, command, args)) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

step('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
step('typecheck (all layers)', 'npx', ['tsc', '-p', 'tsconfig.json']);
step('typecheck (core and shared are pure)', 'npx', ['tsc', '-p', 'src/core/tsconfig.json']);
step('typecheck (ui: DOM, no Node)', 'npx', ['tsc', '-p', 'src/ui/tsconfig.json']);
step('typecheck (host, server, cli, Electron main: Node, no DOM)', 'npx', ['tsc', '-p', 'src/host/tsconfig.json']);

const vitestJson = `${out}/vitest.json`;
run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numFailedTests) failures.push(`${report.numFailedTests} unit tests`);
  // A file that fails to load has no tests but is a failure all the same.
  const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  failed += brokenFiles;
  if (brokenFiles) failures.push(`${brokenFiles} unit test files failed to load`);
} else {
  failed++;
  failures.push('unit tests did not report');
}

const e2eJson = `${out}/playwright.json`;
if (run('build the UI for e2e', 'npx', ['vite', 'build', '--logLevel', 'warn'])) {
  run('end-to-end tests', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson });
  if (existsSync(e2eJson)) {
    const stats = JSON.parse(readFileSync(e2eJson, 'utf8')).stats;
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    if (stats.unexpected) failures.push(`${stats.unexpected} e2e tests`);
    if (stats.skipped) console.log(`(${stats.skipped} e2e tests skipped: see the printed reasons above)`);
  } else {
    failed++;
    failures.push('e2e tests did not report');
  }
} else {
  failed++;
  failures.push('UI build');
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

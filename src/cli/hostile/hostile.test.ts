import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_CASES } from '../../host/testing/hostile/cases.ts';
import { tempDir } from '../../host/testing/fixtures.ts';
import { baseProject, hostileTable, runHostileCase, type HostileOutcome } from '../testing/run-hostile.ts';

// The CI-sized subset of the hostile inputs (the bench runs the full set at issue sizes): each
// case goes through the real `duizhao` command in a child process, within 5 s of CPU and 1 GB
// peak RSS, answered (done or refused with a translated message, never "Internal error"), and a
// refused input leaves the project byte-identical.
let temp: { dir: string; cleanup: () => void };
const outcomes: HostileOutcome[] = [];

beforeAll(() => {
  temp = tempDir('duizhao-hostile-');
  baseProject(temp.dir);
});
afterAll(() => {
  // The table shows up in the test log next to any failure.
  if (outcomes.length) console.log(`\n${hostileTable(outcomes)}\n`);
  temp.cleanup();
});

describe('hostile inputs through the CLI (CI subset)', () => {
  for (const c of HOSTILE_CASES.filter((x) => x.ci)) {
    it(c.name, { timeout: 120_000 }, async () => {
      const outcome = await runHostileCase(c, 'ci', temp.dir);
      outcomes.push(outcome);
      expect(outcome.problems).toEqual([]);
    });
  }
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../core/limits/index.ts';

describe('README limits table', () => {
  it('lists every limit with the value the code uses', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const rows = new Map([...readme.matchAll(/^\| `(\w+)` \| ([\d,]+)/gmu)].map((m) => [m[1], Number(m[2]!.replace(/,/gu, ''))]));
    for (const [name, value] of Object.entries(LIMITS)) expect(rows.get(name), name).toBe(value);
  });
});

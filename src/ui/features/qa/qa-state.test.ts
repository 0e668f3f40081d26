import { describe, expect, it } from 'vitest';
import type { BlockDto } from '../../../shared/dto.ts';
import { QaState } from './qa-state.ts';
import { DEFAULT_QA_SETTINGS, readQaSettings, writeQaSettings } from './qa-settings.ts';

const block = (id: number, source: string, target: string): BlockDto => ({ id, source, target, status: 'draft' }) as unknown as BlockDto;

function setup(rows: Array<[string, string]>) {
  const blocks = rows.map(([s, t], k) => block(k + 1, s, t));
  const texts = new Map(blocks.map((b) => [b.id, b.target]));
  const state = new QaState();
  state.setDocument(blocks, (id) => texts.get(id) ?? '');
  return { state, texts };
}

describe('QaState', () => {
  it('runs every check, then clears a fixed finding at once without raising new ones while typing', () => {
    const { state, texts } = setup([['共2314人', '2,341 people'], ['你好', 'Hello']]);
    state.runAll();
    expect(state.findings(1).map((f) => f.check)).toEqual(['number-mismatch']);
    texts.set(2, 'Hello  there'); // half-typed: no alarm in "clear" mode
    state.recheck(2, 'clear');
    expect(state.findings(2)).toEqual([]);
    texts.set(1, '2,314 people');
    state.recheck(1, 'clear');
    expect(state.count()).toBe(0);
    state.recheck(2, 'full'); // confirm or live checking shows it
    expect(state.findings(2).map((f) => f.check)).toEqual(['double-space']);
  });

  it('ignores by key, counts and lists ignored findings only on request, and is reversible', () => {
    const { state } = setup([['共2314人', '2,341 people']]);
    state.runAll();
    const [finding] = state.findings(1);
    state.setIgnored(1, finding!.key, true);
    expect(state.count()).toBe(0);
    expect(state.list(false)).toEqual([]);
    expect(state.list(true).map((i) => i.ignored)).toEqual([true]);
    expect(state.has(1, null)).toBe(false);
    state.setIgnored(1, finding!.key, false);
    expect(state.has(1, 'number-mismatch')).toBe(true);
  });

  it('re-checks the consistency group of an edited row', () => {
    const { state, texts } = setup([['你好', 'Hello'], ['你好', 'Hi'], ['别的', 'Other']]);
    state.runAll();
    expect([1, 2, 3].map((id) => state.findings(id).map((f) => f.check))).toEqual([['inconsistent-translation'], ['inconsistent-translation'], []]);
    texts.set(2, 'Hello');
    state.recheck(2, 'clear');
    expect(state.count()).toBe(0);
  });

  it('does not flag rows nobody translated yet', () => {
    const blocks = [block(1, '你好', '')];
    const state = new QaState();
    state.setDocument(blocks, () => '', () => 'new');
    state.runAll();
    expect(state.count()).toBe(0);
    state.setDocument(blocks, () => '', () => 'confirmed');
    state.runAll();
    expect(state.findings(1).map((f) => f.check)).toEqual(['empty-target']);
  });

  it('runs only the checks switched on', () => {
    const { state } = setup([['共2314人', '2,341  people']]);
    state.runAll();
    state.setSettings({ ...DEFAULT_QA_SETTINGS, checks: ['double-space'] });
    expect(state.findings(1).map((f) => f.check)).toEqual(['double-space']);
  });
});

describe('QA settings', () => {
  it('round-trip through storage and fall back to the defaults on junk', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) } as unknown as Storage;
    expect(readQaSettings(storage)).toEqual(DEFAULT_QA_SETTINGS);
    writeQaSettings(storage, { checks: ['double-space'], live: true, askOnConfirm: true });
    expect(readQaSettings(storage)).toEqual({ checks: ['double-space'], live: true, askOnConfirm: true });
    store.set('duizhao.qa.settings', '{"checks":["nope","double-space"],"live":"yes"}');
    expect(readQaSettings(storage)).toEqual({ checks: ['double-space'], live: false, askOnConfirm: false });
    store.set('duizhao.qa.settings', '{');
    expect(readQaSettings(storage)).toEqual(DEFAULT_QA_SETTINGS);
  });
});

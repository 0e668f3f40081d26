import { describe, it, expect } from 'vitest';
import type { GlossaryEntry } from '../../../core/glossary/index.ts';
import type { BlockDto } from '../../../shared/dto.ts';
import type { IdleScheduler } from '../editor/idle.ts';
import { GlossaryState } from './glossary-state.ts';

const entry = (id: string, source: string, targets: string[]): GlossaryEntry => ({ id, source, targets, forbidden: [], note: '', caseSensitive: false });
const block = (id: number, source: string, target: string): BlockDto => ({ id, documentId: 1, index: id - 1, kind: 'body', source, target, status: 'draft', updatedAt: '', sentences: [{ start: 0, end: source.length }] });

/** A scheduler run by hand: `run()` runs every queued slice with no time left (the minimum work per slice). */
function manualScheduler() {
  const queue: ((slice: { timeLeft(): number }) => void)[] = [];
  const schedule: IdleScheduler = (work) => {
    queue.push(work);
    return () => queue.splice(queue.indexOf(work), 1);
  };
  const run = () => {
    while (queue.length) queue.shift()!({ timeLeft: () => 0 });
  };
  return { schedule, run, pending: () => queue.length };
}

function setup(count: number) {
  const blocks = Array.from({ length: count }, (_, i) => block(i + 1, '林西县脱贫攻坚', i % 2 === 0 ? 'Linxi County did it.' : ''));
  const targets = new Map<number, string>();
  const scheduler = manualScheduler();
  const state = new GlossaryState(scheduler.schedule);
  state.setDocument(blocks, (id) => targets.get(id) ?? blocks[id - 1]!.target);
  state.setEntries([entry('a', '林西县', ['Linxi County']), entry('b', '脱贫攻坚', ['poverty alleviation'])]);
  return { state, scheduler, blocks };
}

describe('GlossaryState term QA', () => {
  it('finds the document’s findings only in the background, in slices', () => {
    const { state, scheduler } = setup(40);
    expect(state.qaList()).toHaveLength(0);
    expect(scheduler.pending()).toBe(1);
    scheduler.run();
    // Rows 1, 3, 5… have English without "poverty alleviation"; rows without English are not checked.
    const rows = state.qaList().map((item) => item.row);
    expect(rows).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
    expect(state.qaList().every((item) => item.finding.kind === 'missing' && item.finding.entryId === 'b')).toBe(true);
    expect([...state.inDocument()].sort()).toEqual(['a', 'b']);
  });

  it('re-checks only the edited row, clears its finding as soon as the English is fixed, and keeps the list object otherwise', () => {
    const { state, scheduler } = setup(4);
    scheduler.run();
    const before = state.qaList();
    expect(before.map((item) => item.row)).toEqual([0, 2]);
    let notified = 0;
    state.subscribe(() => notified++);
    state.setTarget(3, 'Linxi County and poverty alleviation.');
    expect(state.qaList().map((item) => item.row)).toEqual([0]);
    expect(notified).toBe(1);
    // Same findings as before (still none): nobody is notified and the list is the same object.
    const after = state.qaList();
    state.setTarget(3, 'Linxi County and poverty alleviation!');
    expect(notified).toBe(1);
    expect(state.qaList()).toBe(after);
    expect(scheduler.pending()).toBe(0); // no pass over all rows on a keystroke
  });

  it('drops findings of the old glossary when the entries change and checks again', () => {
    const { state, scheduler } = setup(4);
    scheduler.run();
    state.setEntries([entry('a', '林西县', ['Linxi County'])]);
    expect(state.qaList()).toHaveLength(0);
    scheduler.run();
    expect(state.qaList()).toHaveLength(0); // "Linxi County" is there in every translated row
    state.setEntries([entry('a', '林西县', ['Lin County'])]);
    scheduler.run();
    expect(state.qaList().map((item) => item.row)).toEqual([0, 2]);
  });
});

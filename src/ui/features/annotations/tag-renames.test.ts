import { describe, expect, it } from 'vitest';
import { tagRenames, type DraftTag } from './tag-renames.ts';

const row = (name: string, originalName?: string): DraftTag => ({ tag: { name, colour: '#d0d0d0', description: '' }, ...(originalName === undefined ? {} : { originalName }) });

describe('tagRenames', () => {
  it('reports each existing row whose name changed, trimmed', () => {
    expect(tagRenames([row('policy term', 'policy term'), row(' figurative ', 'metaphor')])).toEqual([{ from: 'metaphor', to: 'figurative' }]);
  });

  it('does not read removals or new rows as renames', () => {
    // "metaphor" was removed, so "idiom" moved up a place; "new one" was added.
    expect(tagRenames([row('policy term', 'policy term'), row('idiom', 'idiom'), row('new one')])).toEqual([]);
  });

  it('keeps swaps as two renames', () => {
    expect(tagRenames([row('b', 'a'), row('a', 'b')])).toEqual([
      { from: 'a', to: 'b' },
      { from: 'b', to: 'a' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { TagSet } from './tags.ts';
import { contrastRatio, DEFAULT_TAG_SET, findTag, HIGHLIGHT_TEXT_COLOUR, tagColour, tagSetProblems } from './tags.ts';

/** CIE76 ΔE between two #rrggbb colours (sRGB → XYZ D65 → L*a*b*). */
function deltaE(a: string, b: string): number {
  const lab = (hex: string): number[] => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const x = f((r * 0.4124 + g * 0.3576 + bl * 0.1805) / 0.95047);
    const y = f(r * 0.2126 + g * 0.7152 + bl * 0.0722);
    const z = f((r * 0.0193 + g * 0.1192 + bl * 0.9505) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(...p.map((v, i) => v - (q[i] ?? 0)));
}

describe('default tag set', () => {
  it('covers the translation-studies categories', () => {
    for (const name of ['policy term', 'metaphor', 'culture-specific item', 'omission', 'addition', 'translation shift', 'idiom', 'error']) {
      expect(findTag(DEFAULT_TAG_SET, name), name).toBeDefined();
    }
  });

  it('is valid: unique names and shortcuts, #rrggbb colours', () => {
    expect(tagSetProblems(DEFAULT_TAG_SET)).toEqual([]);
  });

  it('keeps dark text readable on every colour (WCAG AA with margin)', () => {
    for (const tag of DEFAULT_TAG_SET.tags) expect(contrastRatio(tag.colour, HIGHLIGHT_TEXT_COLOUR), tag.name).toBeGreaterThanOrEqual(6);
  });

  it('uses colours that are clearly distinguishable from each other', () => {
    const { tags } = DEFAULT_TAG_SET;
    for (let i = 0; i < tags.length; i++) {
      for (let j = i + 1; j < tags.length; j++) {
        expect(deltaE(tags[i]!.colour, tags[j]!.colour), `${tags[i]!.name} vs ${tags[j]!.name}`).toBeGreaterThanOrEqual(25);
      }
    }
  });
});

describe('tag set helpers', () => {
  it('computes WCAG contrast', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
  });

  it('falls back to grey for unknown categories', () => {
    expect(tagColour(DEFAULT_TAG_SET, 'metaphor')).toBe(findTag(DEFAULT_TAG_SET, 'metaphor')?.colour);
    expect(tagColour(DEFAULT_TAG_SET, 'from another tool')).toBe('#d0d0d0');
  });

  it('reports broken tag sets', () => {
    const broken: TagSet = {
      name: 'broken',
      version: 1,
      tags: [
        { name: 'a', colour: '#fff', description: '' },
        { name: 'a', colour: '#ffffff', description: '', shortcut: 'x' },
        { name: ' ', colour: '#ffffff', description: '', shortcut: 'X' },
        { name: 'b', colour: '#ffffff', description: '', shortcut: 'ab' },
      ],
    };
    expect(tagSetProblems(broken).map((p) => p.code)).toEqual([
      'annotate:errors.tagColour',
      'annotate:errors.tagNameDuplicate',
      'annotate:errors.tagNameEmpty',
      'annotate:errors.tagShortcutDuplicate',
      'annotate:errors.tagShortcut',
    ]);
  });
});

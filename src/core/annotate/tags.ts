import type { I18nKey } from '../i18n/keys.ts';

/**
 * Tag sets: the categories an annotator can give a span or link. Annotations store the tag's
 * `name`, so renaming a tag is a data migration (storage's job), recolouring is not.
 */

/**
 * One category. `colour` is `#rrggbb`, used as a highlight behind dark text; `shortcut` is a
 * single key the UI binds while text is selected.
 */
export interface Tag {
  readonly name: string;
  readonly colour: string;
  readonly description: string;
  readonly shortcut?: string;
}

/** A named, versioned list of tags; exported with the data so readers can interpret categories. */
export interface TagSet {
  readonly name: string;
  readonly version: number;
  readonly tags: readonly Tag[];
}

/** The text colour highlights are designed for (default tags keep ≥ 6:1 contrast with it). */
export const HIGHLIGHT_TEXT_COLOUR = '#1a1a1a';

/**
 * The starting tag set for translation studies. Colours are pale enough for #1a1a1a text and far
 * apart in CIELAB (ΔE ≥ 25) so overlapping highlights stay distinguishable; tested in tags.test.ts.
 * Names are English keys; locales/<lng>/annotate.json `defaultTags` translates them for display.
 */
export const DEFAULT_TAG_SET: TagSet = {
  name: 'Translation studies',
  version: 1,
  tags: [
    { name: 'policy term', colour: '#9cc3ff', description: 'Political or policy terminology (e.g. 脱贫攻坚, 共同富裕).', shortcut: '1' },
    { name: 'metaphor', colour: '#f7a8d8', description: 'Figurative language and its rendering.', shortcut: '2' },
    { name: 'culture-specific item', colour: '#ffb061', description: 'Culture-bound reference without a direct equivalent.', shortcut: '3' },
    { name: 'idiom', colour: '#d4a5ff', description: 'Chengyu, set phrase, proverb or slogan.', shortcut: '4' },
    { name: 'omission', colour: '#c2c2c2', description: 'Source content left out of the translation.', shortcut: '5' },
    { name: 'addition', colour: '#a6e3a1', description: 'Content added in the translation.', shortcut: '6' },
    { name: 'translation shift', colour: '#7fdbd4', description: 'Structural, category or level shift (Catford, Vinay & Darbelnet).', shortcut: '7' },
    { name: 'explicitation', colour: '#e8e07a', description: 'Implicit source information made explicit.', shortcut: '8' },
    { name: 'proper name', colour: '#d9b98c', description: 'Person, place or organisation name and its transliteration.', shortcut: '9' },
    { name: 'error', colour: '#ff6f61', description: 'Mistranslation or language error.', shortcut: '0' },
  ],
};

/** The tag called `name` in `tagSet`, if any. Unknown names come from imports or deleted tags. */
export function findTag(tagSet: TagSet, name: string): Tag | undefined {
  return tagSet.tags.find((tag) => tag.name === name);
}

/** Colour for a category, falling back to neutral grey for names the tag set lacks. */
export function tagColour(tagSet: TagSet, name: string): string {
  return findTag(tagSet, name)?.colour ?? '#d0d0d0';
}

function channel(hex: string, index: number): number {
  const value = parseInt(hex.slice(1 + 2 * index, 3 + 2 * index), 16) / 255;
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
}

/** WCAG 2 contrast ratio (1…21) of two `#rrggbb` colours, for checking user-chosen tag colours. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Problems that make a tag set unusable, as i18n keys with details: empty or duplicate names,
 * colours that are not `#rrggbb`, shortcuts that are not one character or are used twice.
 * An empty array means the set is fine.
 */
export function tagSetProblems(tagSet: TagSet): { code: I18nKey; details: Record<string, string> }[] {
  const problems: { code: I18nKey; details: Record<string, string> }[] = [];
  const names = new Set<string>();
  const shortcuts = new Set<string>();
  for (const tag of tagSet.tags) {
    if (tag.name.trim() === '') problems.push({ code: 'annotate:errors.tagNameEmpty', details: {} });
    else if (names.has(tag.name)) problems.push({ code: 'annotate:errors.tagNameDuplicate', details: { name: tag.name } });
    names.add(tag.name);
    if (!/^#[0-9a-fA-F]{6}$/.test(tag.colour)) problems.push({ code: 'annotate:errors.tagColour', details: { name: tag.name, colour: tag.colour } });
    if (tag.shortcut !== undefined) {
      const key = tag.shortcut.toLowerCase();
      if ([...key].length !== 1) problems.push({ code: 'annotate:errors.tagShortcut', details: { name: tag.name, shortcut: tag.shortcut } });
      else if (shortcuts.has(key)) problems.push({ code: 'annotate:errors.tagShortcutDuplicate', details: { name: tag.name, shortcut: tag.shortcut } });
      shortcuts.add(key);
    }
  }
  return problems;
}

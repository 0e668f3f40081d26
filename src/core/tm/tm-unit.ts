/**
 * A translation unit as read from or written to a TM interchange file. Inline codes (TMX `<bpt>`,
 * `<ept>`, `<ph>`, `<it>`, `<ut>`) are replaced in the text by one private-use placeholder
 * character each (U+E000 + k) and kept verbatim in `sourceTags`/`targetTags[k]`, so matching
 * sees one neutral character per code and export puts the codes back exactly as they were.
 */

/** First placeholder character; placeholder k is `PLACEHOLDER_BASE + k`. */
export const PLACEHOLDER_BASE = 0xe000;
/** Most inline codes kept per segment side (placeholders stay inside U+E000–U+E0FF). */
export const MAX_PLACEHOLDERS = 0x100;

/** One TM unit in interchange form; dates are ISO 8601 strings. */
export interface TmFileUnit {
  readonly source: string;
  readonly target: string;
  readonly sourceTags: readonly string[];
  readonly targetTags: readonly string[];
  readonly createdAt?: string;
  readonly createdBy?: string;
  readonly changedAt?: string;
  readonly changedBy?: string;
  readonly originFile?: string;
  readonly originProject?: string;
  readonly prevSource?: string;
  readonly nextSource?: string;
}

/** A parsed TM file: its language pair (empty when the format has none) and units. */
export interface TmFile {
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly units: readonly TmFileUnit[];
}

/** True when `unit` is a placeholder code unit. */
export function isPlaceholder(unit: number): boolean {
  return unit >= PLACEHOLDER_BASE && unit < PLACEHOLDER_BASE + MAX_PLACEHOLDERS;
}

/** `text` with each placeholder shown as `⟨k⟩` (1-based), for display. */
export function showPlaceholders(text: string): string {
  return text.replace(/[\uE000-\uE0FF]/g, (c) => `⟨${c.charCodeAt(0) - PLACEHOLDER_BASE + 1}⟩`);
}

/** The primary language subtag, lower case (`zh-Hans-CN` → `zh`), for language-pair checks. */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

import { checkTerms, type GlossaryLookup, type TermFinding, type TermHit } from '../glossary/index.ts';

/** Why an MT answer was refused: nothing came back, or Chinese was left in it. */
export type MtRejection = 'empty' | 'chineseLeft';

/** An MT answer after checking: refused with a reason, or accepted with its term QA findings. */
export type CheckedTranslation =
  | { readonly ok: false; readonly rejection: MtRejection }
  | { readonly ok: true; readonly text: string; readonly findings: readonly TermFinding[] };

// Han ideographs (CJK Unified Ideographs and Extension A; the astral extensions via \p{Script}).
const HAN = /\p{Script=Han}/u;

/**
 * Checks an English MT answer: refused when empty or when any Han character is left (an untranslated
 * name or a copied source); otherwise accepted, with the glossary findings (missing approved or used
 * forbidden renderings) of {@link checkTerms} for the terms `hits` found in the source, which a
 * translator should see but which do not make the draft useless.
 */
export function checkTranslation(text: string, hits: readonly TermHit[], entries: GlossaryLookup): CheckedTranslation {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, rejection: 'empty' };
  if (HAN.test(trimmed)) return { ok: false, rejection: 'chineseLeft' };
  return { ok: true, text: trimmed, findings: checkTerms(hits, trimmed, entries) };
}

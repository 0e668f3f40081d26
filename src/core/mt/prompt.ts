import type { MtRequest, MtTerm } from './types.ts';

/** Human names of the languages a Duizhao project uses, for prompts; other tags are passed as is. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  zh: 'Chinese',
  'zh-cn': 'Simplified Chinese',
  'zh-hans': 'Simplified Chinese',
  'zh-tw': 'Traditional Chinese',
  'zh-hant': 'Traditional Chinese',
  en: 'English',
  'en-us': 'American English',
  'en-gb': 'British English',
};

/** The English name of a BCP 47 language tag for a prompt ("zh-CN" → "Simplified Chinese"). */
export function languageName(tag: string): string {
  return LANGUAGE_NAMES[tag.toLowerCase()] ?? tag;
}

/** One glossary line for a prompt: `林西县 → Linxi County (never: Linxi Xian) — note`. */
export function termLine(term: MtTerm): string {
  let line = `- ${term.source}`;
  if (term.approved.length) line += ` → ${term.approved.join(' | ')}`;
  if (term.forbidden.length) line += ` (never: ${term.forbidden.join(' | ')})`;
  if (term.note.trim()) line += ` — ${term.note.trim()}`;
  return line;
}

/**
 * The system prompt of a chat-model translation: the task, the glossary terms of this row with
 * approved and forbidden renderings, the project's style notes and the neighbouring rows as context
 * that must not be translated. The row itself goes in the user message, alone, so the model's whole
 * answer is the translation.
 */
export function systemPrompt(request: MtRequest): string {
  const from = languageName(request.sourceLang);
  const to = languageName(request.targetLang);
  const parts = [
    `You are a professional translator from ${from} into ${to}. Translate the text of the user's message into ${to}.`,
    'Answer with the translation only: no notes, no quotation marks around it, no original text, no transliteration in brackets.',
  ];
  if (request.terms.length) {
    parts.push(`Use these glossary renderings exactly; never use a rendering marked "never":\n${request.terms.map(termLine).join('\n')}`);
  }
  if (request.styleNotes.trim()) parts.push(`House style:\n${request.styleNotes.trim()}`);
  if (request.before.length || request.after.length) {
    const context = [...request.before.map((t) => `[before] ${t}`), ...request.after.map((t) => `[after] ${t}`)].join('\n');
    parts.push(`Surrounding paragraphs, for context only (do not translate them):\n${context}`);
  }
  return parts.join('\n\n');
}

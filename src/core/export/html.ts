/**
 * Bilingual HTML: a complete, self-contained document with one two-column table per document
 * (source left, target right). Every cell has a `lang` (`zh-Hans` for Simplified Chinese
 * sources, the project tag otherwise); all text is escaped; there are no scripts, and a strict
 * Content-Security-Policy meta allows only the one inline style block, by hash. Annotations are
 * `<mark>` elements (title = category: note), notes a list under the target. Characters XML
 * and HTML forbid (C0 controls, U+FFFE/FFFF, lone surrogates) are shown as U+FFFD: HTML is for reading,
 * not for re-import.
 */
import { renderInline } from './inline.ts';
import type { InlineDialect } from './inline.ts';
import { annotationsOn, resolveOptions, selectBlocks, sourceLangOf, targetLangOf, blockKey } from './model.ts';
import type { ExportOptions, ExportProject } from './model.ts';
import { replaceDisallowed } from '../xml/escape.ts';

/** The only style the page uses; {@link HTML_STYLE_HASH} must be its SHA-256 (a test checks). */
export const HTML_STYLE =
  'body{font-family:serif;margin:2em}table{border-collapse:collapse;width:100%;table-layout:fixed}' +
  'td{border:1px solid #ccc;padding:.4em .6em;vertical-align:top;white-space:pre-wrap}' +
  'tr.heading td{font-weight:bold}mark{background:#fff3b0}ul.notes{font-size:.85em;color:#555;margin:.4em 0 0}';

/** CSP hash source of {@link HTML_STYLE}. */
export const HTML_STYLE_HASH = 'sha256-hTQAogo0fekuvuMRCBCMxhvYVa9qDeoj+lze7CF28KU=';

/** The Content-Security-Policy the page declares: nothing loads, nothing runs. */
export const HTML_CSP = `default-src 'none'; style-src '${HTML_STYLE_HASH}'; base-uri 'none'; form-action 'none'`;

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return replaceDisallowed(text, '\uFFFD').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `zh-CN`/`zh-SG` → `zh-Hans`, `zh-TW`/`zh-HK`/`zh-MO` → `zh-Hant`, anything else unchanged. */
export function htmlLang(tag: string): string {
  if (/^zh(-(CN|SG|Hans.*))?$/i.test(tag)) return 'zh-Hans';
  if (/^zh-(TW|HK|MO)$/i.test(tag)) return 'zh-Hant';
  return tag;
}

const markDialect: InlineDialect = {
  text: escapeHtml,
  open: (a) => `<mark title="${escapeHtml(a.note ? `${a.category}: ${a.note}` : a.category)}">`,
  close: () => '</mark>',
};

/** Serialises a project as a bilingual HTML page (see the module comment). */
export function exportHtml(project: ExportProject, options: ExportOptions = {}): string {
  const src = escapeHtml(htmlLang(sourceLangOf(project)));
  const trg = escapeHtml(htmlLang(targetLangOf(project)));
  const out: string[] = [
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(HTML_CSP)}">\n`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    `<title>${escapeHtml(project.name)}</title>\n<style>${HTML_STYLE}</style>\n</head>\n<body>\n`,
    `<h1>${escapeHtml(project.name)}</h1>\n`,
  ];
  for (const { document, blocks } of selectBlocks(project, resolveOptions(options))) {
    out.push(`<section>\n<h2>${escapeHtml(document.title)}</h2>\n<table>\n`);
    out.push(`<colgroup><col><col></colgroup>\n`);
    for (const b of blocks) {
      const notes = b.notes.length ? `<ul class="notes">${b.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : '';
      out.push(`<tr id="${blockKey(b.id)}" class="${b.kind} ${b.status}">`);
      out.push(`<td lang="${src}">${renderInline(b.source, annotationsOn(b, 'source'), markDialect)}</td>`);
      out.push(`<td lang="${trg}">${renderInline(b.target, annotationsOn(b, 'target'), markDialect)}${notes}</td></tr>\n`);
    }
    out.push('</table>\n</section>\n');
  }
  out.push('</body>\n</html>\n');
  return out.join('');
}

import { Parser } from 'htmlparser2';
import { LIMITS, limitError } from '../../limits/index.ts';
import type { BlockKind, DroppedLine, ImportResult } from '../../model/index.ts';
import { finishImport, type RawBlock, type TextImportOptions } from '../text/finish.ts';
import { collapseWhitespace } from '../text/join.ts';

/** Elements whose content is never text for the reader. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'textarea', 'button']);

/** Elements that end the current block when they open or close. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul',
]);

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** True when decoded text starts like an HTML document (doctype or <html>, after comments/XML decl). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '');
  const stripped = head.replace(/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*/i, '');
  return /^<(!doctype\s+html|html[\s>])/i.test(stripped);
}

function kindFor(stack: readonly string[]): BlockKind {
  for (let i = stack.length - 1; i >= 0; i--) {
    const tag = stack[i] ?? '';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'li') return 'list-item';
    if (tag === 'figcaption' || tag === 'caption') return 'caption';
  }
  return stack.includes('blockquote') ? 'quote' : 'body';
}

/**
 * Imports HTML as plain blocks without building or rendering a DOM: h1–h6 → heading, li →
 * list-item, blockquote content → quote, figcaption/caption → caption, other block text → body.
 * Script, style, template, noscript and head content is skipped; entities are decoded and
 * whitespace collapsed; image alt texts go to `dropped` (reason `markup`). Pure.
 */
export function importHtml(html: string, options: TextImportOptions = {}): ImportResult {
  const blocks: RawBlock[] = [];
  const dropped: DroppedLine[] = [];
  const stack: string[] = [];
  // Open skipped elements; a non-empty stack means text is ignored.
  const skipped: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const text = collapseWhitespace(buffer);
    buffer = '';
    if (text !== '') blocks.push({ kind: kindFor(stack), text });
    // Checked as blocks appear, so a 100 MB page stops at the limit instead of after parsing it all.
    if (blocks.length > LIMITS.paragraphs) throw limitError('paragraphs', blocks.length);
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        // Browsers end an unclosed <head> at the first body content; so do we, or it would eat the page.
        if (skipped[0] === 'head' && (name === 'body' || BLOCK_ELEMENTS.has(name))) skipped.length = 0;
        if (skipped.length > 0 || SKIPPED.has(name)) {
          if (!VOID_ELEMENTS.has(name) && skipped.push(name) > LIMITS.nestingDepth) throw limitError('nestingDepth', skipped.length);
          return;
        }
        if (BLOCK_ELEMENTS.has(name)) flush();
        if (name === 'br') buffer += '\n';
        if (name === 'img' && attributes.alt?.trim()) dropped.push({ reason: 'markup', text: attributes.alt.trim() });
        if (!VOID_ELEMENTS.has(name) && stack.push(name) > LIMITS.nestingDepth) throw limitError('nestingDepth', stack.length);
      },
      ontext(text) {
        if (skipped.length === 0) buffer += text;
      },
      onclosetag(name) {
        if (skipped.length > 0) {
          const at = skipped.lastIndexOf(name);
          if (at >= 0) skipped.length = at;
          return;
        }
        if (VOID_ELEMENTS.has(name)) return;
        if (BLOCK_ELEMENTS.has(name)) flush();
        const at = stack.lastIndexOf(name);
        if (at >= 0) stack.length = at;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return finishImport('html', blocks, dropped, options);
}

import { strFromU8 } from 'fflate';
import type { BlockKind, ImportResult } from '../../model/index.ts';
import { AppError } from '../../model/index.ts';
import { finishImport, type RawBlock, type TextImportOptions } from '../text/finish.ts';
import { joinLines } from '../text/join.ts';
import { fallbackRole, numbersOn, readStyleRoles, type StyleRole } from './styles.ts';
import { attrOf, childNamed, childrenOf, decodeXmlText, parseXml, pathOf, tagOf, textOf, type XmlNode } from './xml.ts';
import { DEFAULT_ZIP_LIMITS, extractEntries, type ZipLimits } from './zip.ts';

/** Options for {@link importDocx}: the text options plus zip-bomb limits (tests lower them). */
export interface DocxImportOptions extends TextImportOptions {
  readonly zipLimits?: ZipLimits;
}

const DOCUMENT = 'word/document.xml';
const STYLES = 'word/styles.xml';

/** Subtrees whose text is not part of the paragraph: properties, deletions, field codes, notes. */
const SKIPPED = new Set([
  'pPr', 'rPr', 'del', 'delText', 'moveFrom', 'instrText', 'Fallback', 'footnoteReference', 'endnoteReference',
  'commentReference', 'annotationRef', 'sectPr',
]);

interface Walker {
  readonly roles: ReadonlyMap<string, StyleRole>;
  readonly blocks: RawBlock[];
}

function paragraphKind(paragraph: XmlNode, roles: ReadonlyMap<string, StyleRole>): BlockKind {
  const pPr = childNamed(paragraph, 'pPr');
  const styleId = attrOf(pathOf(pPr, 'pStyle') ?? {}, 'val');
  const styleRole = styleId === undefined ? undefined : (roles.get(styleId) ?? fallbackRole(styleId));
  const level = attrOf(pathOf(pPr, 'outlineLvl') ?? {}, 'val');
  if (styleRole === 'heading' || (level !== undefined && Number(level) < 9)) return 'heading';
  if (numbersOn(pathOf(pPr, 'numPr')) || styleRole === 'list') return 'list-item';
  return styleRole ?? 'body';
}

/** Collects a paragraph's visible text; text boxes inside it are gathered into `boxes`. */
function collectText(node: XmlNode, out: string[], boxes: XmlNode[]): void {
  for (const child of childrenOf(node)) {
    const tag = tagOf(child);
    if (tag === '#text') continue;
    if (SKIPPED.has(tag)) continue;
    if (tag === 't') out.push(decodeXmlText(childrenOf(child).map(textOf).join('')));
    else if (tag === 'tab' || tag === 'ptab') out.push(' ');
    else if (tag === 'br' || tag === 'cr') out.push('\n');
    else if (tag === 'noBreakHyphen') out.push('-');
    else if (tag === 'txbxContent') boxes.push(child);
    else collectText(child, out, boxes);
  }
}

function paragraphText(paragraph: XmlNode, boxes: XmlNode[]): string {
  const parts: string[] = [];
  collectText(paragraph, parts, boxes);
  return joinLines(parts.join('').split('\n').map((line) => line.trim()));
}

function walkParagraph(paragraph: XmlNode, walker: Walker): void {
  const boxes: XmlNode[] = [];
  walker.blocks.push({ kind: paragraphKind(paragraph, walker.roles), text: paragraphText(paragraph, boxes) });
  for (const box of boxes) walkContainer(box, walker);
}

/** A table cell becomes one block; nested tables and text boxes follow it as their own blocks. */
function walkTable(table: XmlNode, walker: Walker): void {
  for (const row of childrenOf(table)) {
    if (tagOf(row) !== 'tr') continue;
    for (const cell of childrenOf(row)) {
      if (tagOf(cell) !== 'tc') continue;
      const texts: string[] = [];
      const nested: Walker = { roles: walker.roles, blocks: [] };
      for (const child of childrenOf(cell)) {
        const tag = tagOf(child);
        if (tag === 'p') {
          const boxes: XmlNode[] = [];
          texts.push(paragraphText(child, boxes));
          for (const box of boxes) walkContainer(box, nested);
        } else if (tag === 'tbl') walkTable(child, nested);
        else if (tag === 'sdt') walkContainer(childNamed(child, 'sdtContent') ?? {}, nested);
      }
      walker.blocks.push({ kind: 'body', text: joinLines(texts) });
      walker.blocks.push(...nested.blocks);
    }
  }
}

/** Walks block-level content: the body, a content control, a text box, a custom XML wrapper. */
function walkContainer(container: XmlNode, walker: Walker): void {
  for (const child of childrenOf(container)) {
    const tag = tagOf(child);
    if (tag === 'p') walkParagraph(child, walker);
    else if (tag === 'tbl') walkTable(child, walker);
    else if (tag === 'sdt') walkContainer(childNamed(child, 'sdtContent') ?? {}, walker);
    else if (tag === 'customXml' || tag === 'AlternateContent' || tag === 'Choice') walkContainer(child, walker);
  }
}

/**
 * Imports a .docx file from its bytes: paragraphs in document order, headings by paragraph style
 * (Heading1…, Title, 标题 1 and whatever styles.xml derives from them) or outline level, list
 * items by numbering, tables cell by cell, text boxes after their anchor paragraph. Footnotes,
 * headers, comments, deleted text and field codes are ignored. The zip is read with size and
 * ratio limits (`import:errors.zipBomb`); damaged files give `import:errors.corruptDocx`. Pure.
 */
export function importDocx(bytes: Uint8Array, options: DocxImportOptions = {}): ImportResult {
  const parts = extractEntries(bytes, [DOCUMENT, STYLES], options.zipLimits ?? DEFAULT_ZIP_LIMITS);
  const documentBytes = parts.get(DOCUMENT);
  if (!documentBytes) throw new AppError('import:errors.corruptDocx');
  const stylesBytes = parts.get(STYLES);
  const roles = readStyleRoles(stylesBytes ? parseXml(strFromU8(stylesBytes)) : undefined);
  const document = parseXml(strFromU8(documentBytes)).find((node) => tagOf(node) === 'document');
  const body = document && childNamed(document, 'body');
  if (!body) throw new AppError('import:errors.corruptDocx');
  const walker: Walker = { roles, blocks: [] };
  walkContainer(body, walker);
  return finishImport('docx', walker.blocks, [], options);
}

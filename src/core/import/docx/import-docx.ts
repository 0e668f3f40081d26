import { strFromU8 } from 'fflate';
import type { BlockKind, ImportResult } from '../../model/index.ts';
import { AppError } from '../../model/index.ts';
import { finishImport, type RawBlock, type TextImportOptions } from '../text/finish.ts';
import { joinLines } from '../text/join.ts';
import { fallbackRole, numbersOn, readStyleRoles, type StyleRole } from './styles.ts';
import { parseXmlSafely, type XmlElement } from '../../xml/reader.ts';
import { attr, element, elements, path } from '../../xml/tree.ts';
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

function paragraphKind(paragraph: XmlElement, roles: ReadonlyMap<string, StyleRole>): BlockKind {
  const pPr = element(paragraph, 'pPr');
  const styleId = attr(path(pPr, 'pStyle'), 'val');
  const styleRole = styleId === undefined ? undefined : (roles.get(styleId) ?? fallbackRole(styleId));
  const level = attr(path(pPr, 'outlineLvl'), 'val');
  if (styleRole === 'heading' || (level !== undefined && Number(level) < 9)) return 'heading';
  if (numbersOn(path(pPr, 'numPr')) || styleRole === 'list') return 'list-item';
  return styleRole ?? 'body';
}

/** Collects a paragraph's visible text; text boxes inside it are gathered into `boxes`. */
function collectText(node: XmlElement, out: string[], boxes: XmlElement[]): void {
  for (const child of elements(node)) {
    const tag = child.local;
    if (SKIPPED.has(tag)) continue;
    if (tag === 't') out.push(child.children.filter((c) => typeof c === 'string').join(''));
    else if (tag === 'tab' || tag === 'ptab') out.push(' ');
    else if (tag === 'br' || tag === 'cr') out.push('\n');
    else if (tag === 'noBreakHyphen') out.push('-');
    else if (tag === 'txbxContent') boxes.push(child);
    else collectText(child, out, boxes);
  }
}

function paragraphText(paragraph: XmlElement, boxes: XmlElement[]): string {
  const parts: string[] = [];
  collectText(paragraph, parts, boxes);
  return joinLines(parts.join('').split('\n').map((line) => line.trim()));
}

function walkParagraph(paragraph: XmlElement, walker: Walker): void {
  const boxes: XmlElement[] = [];
  walker.blocks.push({ kind: paragraphKind(paragraph, walker.roles), text: paragraphText(paragraph, boxes) });
  for (const box of boxes) walkContainer(box, walker);
}

/** A table cell becomes one block; nested tables and text boxes follow it as their own blocks. */
function walkTable(table: XmlElement, walker: Walker): void {
  for (const row of elements(table, 'tr')) {
    for (const cell of elements(row, 'tc')) {
      const texts: string[] = [];
      const nested: Walker = { roles: walker.roles, blocks: [] };
      for (const child of elements(cell)) {
        const tag = child.local;
        if (tag === 'p') {
          const boxes: XmlElement[] = [];
          texts.push(paragraphText(child, boxes));
          for (const box of boxes) walkContainer(box, nested);
        } else if (tag === 'tbl') walkTable(child, nested);
        else if (tag === 'sdt') walkContent(child, nested);
      }
      walker.blocks.push({ kind: 'body', text: joinLines(texts) });
      walker.blocks.push(...nested.blocks);
    }
  }
}

/** Walks block-level content: the body, a content control, a text box, a custom XML wrapper. */
function walkContainer(container: XmlElement, walker: Walker): void {
  for (const child of elements(container)) {
    const tag = child.local;
    if (tag === 'p') walkParagraph(child, walker);
    else if (tag === 'tbl') walkTable(child, walker);
    else if (tag === 'sdt') walkContent(child, walker);
    else if (tag === 'customXml' || tag === 'AlternateContent' || tag === 'Choice') walkContainer(child, walker);
  }
}

/** Walks a content control's `sdtContent`, if it has one. */
function walkContent(sdt: XmlElement, walker: Walker): void {
  const content = element(sdt, 'sdtContent');
  if (content) walkContainer(content, walker);
}

const corrupt = (): AppError => new AppError('import:errors.corruptDocx');

/**
 * Parses one OOXML part with the shared safe reader; every refusal is a damaged document. OOXML
 * never carries a DOCTYPE, so even an external one is refused rather than skipped.
 */
function parsePart(xml: string): XmlElement {
  if (/<!DOCTYPE/i.test(xml)) throw corrupt();
  return parseXmlSafely(xml, corrupt);
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
  const roles = readStyleRoles(stylesBytes ? parsePart(strFromU8(stylesBytes)) : undefined);
  const document = parsePart(strFromU8(documentBytes));
  const body = document.local === 'document' ? element(document, 'body') : undefined;
  if (!body) throw new AppError('import:errors.corruptDocx');
  const walker: Walker = { roles, blocks: [] };
  walkContainer(body, walker);
  return finishImport('docx', walker.blocks, [], options);
}

/**
 * XLIFF 1.2 export (validates against xliff-core-1.2-strict.xsd). One `<file>` per document
 * (original = title, datatype `plaintext`), one `<trans-unit id="b<id>" resname="b<id>">` per
 * block, `xml:space="preserve"`.
 *
 * Status mapping (target@state): new → `new`, draft → `translated`, confirmed → `final` plus
 * trans-unit `approved="yes"`. Re-import reads `final`/`signed-off`/approved as confirmed,
 * `new`/`needs-translation` as new, every other state as draft.
 * Block kind and the exported target travel as `<context>`s of a `<context-group purpose="information">` (no name: names must be unique per file)
 * (`x-duizhao-kind`, `x-duizhao-exported-target`); notes are `<note from="duizhao">`.
 * Annotations are `<mrk mtype="x-<category>" comment="<note>">` inline in source/target.
 * Control characters are `<ph id="cpN" ctype="x-duizhao-cp">HHHH</ph>` (see xml.ts).
 */
import { renderInline } from './inline.ts';
import type { InlineDialect } from './inline.ts';
import { annotationsOn, blockKey, resolveOptions, selectBlocks, sourceLangOf, targetLangOf } from './model.ts';
import type { ExportBlock, ExportOptions, ExportProject } from './model.ts';
import { TOOL_VERSION } from './tmx.ts';
import { escapeXmlText } from '../xml/escape.ts';
import { escapeAttr, escapePlainText, hex4, tokenize } from './xml.ts';
import type { BlockStatus } from '../model/block.ts';
import { AppError } from '../model/errors.ts';

/** XLIFF 1.2 namespace. */
export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';

/** The `ctype` of a `<ph>` that stands for a control character. */
export const XLIFF12_CP_CTYPE = 'x-duizhao-cp';

/** target@state for each status (see the module comment). */
export const XLIFF12_STATE: Readonly<Record<BlockStatus, string>> = { new: 'new', draft: 'translated', confirmed: 'final' };

function dialect(counter: { n: number }): InlineDialect {
  return {
    text: (run) => escapeXmlText(run, (unit) => `<ph id="cp${++counter.n}" ctype="${XLIFF12_CP_CTYPE}">${hex4(unit)}</ph>`),
    open: (a) => `<mrk mtype="x-${escapeAttr(tokenize(a.category, 'note'))}"${a.note ? ` comment="${escapeAttr(a.note)}"` : ''}>`,
    close: () => '</mrk>',
  };
}

function transUnit(block: ExportBlock, carryTarget: boolean): string {
  const key = blockKey(block.id);
  const counter = { n: 0 };
  const approved = block.status === 'confirmed' ? ' approved="yes"' : '';
  const source = renderInline(block.source, annotationsOn(block, 'source'), dialect(counter));
  const target = renderInline(block.target, annotationsOn(block, 'target'), dialect(counter));
  let out = `<trans-unit id="${key}" resname="${key}"${approved} xml:space="preserve">`;
  out += `<source>${source}</source><target state="${XLIFF12_STATE[block.status]}">${target}</target>`;
  out += `<context-group purpose="information"><context context-type="x-duizhao-kind">${block.kind}</context>`;
  if (carryTarget) out += `<context context-type="x-duizhao-exported-target">${escapePlainText(block.target)}</context>`;
  out += '</context-group>';
  for (const note of block.notes) out += `<note from="duizhao">${escapePlainText(note)}</note>`;
  return `${out}</trans-unit>\n`;
}

/**
 * Serialises a project as XLIFF 1.2, one `<file>` per document (documents with no selected
 * blocks still get an empty `<file>`, which the schema allows). Assumes unique block ids.
 * Throws AppError `export:errors.nothingToExport` for a project without documents.
 */
export function exportXliff12(project: ExportProject, options: ExportOptions = {}): string {
  const opts = resolveOptions(options);
  if (project.documents.length === 0) throw new AppError('export:errors.nothingToExport', { format: 'XLIFF 1.2' });
  const src = escapeAttr(sourceLangOf(project));
  const trg = escapeAttr(targetLangOf(project));
  const out: string[] = [`<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="${XLIFF12_NS}">\n`];
  for (const { document, blocks } of selectBlocks(project, opts)) {
    const original = document.title.trim() === '' ? `d${document.id}` : document.title;
    out.push(`<file original="${escapeAttr(original)}" source-language="${src}" target-language="${trg}" datatype="plaintext">`);
    out.push(`<header><tool tool-id="duizhao" tool-name="Duizhao" tool-version="${TOOL_VERSION}"/></header>\n<body>\n`);
    for (const block of blocks) out.push(transUnit(block, opts.carryExportedTarget));
    out.push('</body>\n</file>\n');
  }
  out.push('</xliff>\n');
  return out.join('');
}

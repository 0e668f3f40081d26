/**
 * XLIFF 2.0 export (validates against xliff-core-2.0.xsd; also meets the spec rule the XSD
 * misses: `trgLang` is always written because every segment has a `<target>`). One `<file
 * id="d<docId>" original="<title>">` per document that has blocks, one `<unit id="b<id>">` per
 * block with a single `<segment>`, `xml:space="preserve"`.
 *
 * Status mapping (segment@state): new → `initial`, draft → `translated`, confirmed → `final`;
 * re-import reads `reviewed` as draft. The block kind is unit@type `duizhao:<kind>`; the exported
 * target is the extension attribute `dz:exportedTarget` (namespace {@link DUIZHAO_NS}); notes
 * are `<note category="duizhao">`. Annotations are `<mrk id type value>` (type `comment` with the
 * note as value, or `generic` when the note is empty) with the category in `dz:category`; ids
 * are `s<n>` in the source and `t<n>` in the target, since source and target marks never
 * correspond. Control characters are `<cp hex="HHHH"/>`, as the standard prescribes.
 */
import { AppError } from '../model/errors.ts';
import type { BlockStatus } from '../model/block.ts';
import { renderInline } from './inline.ts';
import type { InlineDialect } from './inline.ts';
import { annotationsOn, blockKey, resolveOptions, selectBlocks, sourceLangOf, targetLangOf } from './model.ts';
import type { ExportBlock, ExportOptions, ExportProject } from './model.ts';
import { escapeXmlText } from '../xml/escape.ts';
import { escapeAttr, escapePlainText, hex4 } from './xml.ts';

/** XLIFF 2.0 namespace (also used by 2.1). */
export const XLIFF20_NS = 'urn:oasis:names:tc:xliff:document:2.0';

/** Namespace of Duizhao's extension attributes in XLIFF 2.0. */
export const DUIZHAO_NS = 'urn:duizhao:xliff-extension:1';

/** segment@state for each status (see the module comment). */
export const XLIFF20_STATE: Readonly<Record<BlockStatus, string>> = { new: 'initial', draft: 'translated', confirmed: 'final' };

function dialect(prefix: string): InlineDialect {
  let n = 0;
  return {
    text: (run) => escapeXmlText(run, (unit) => `<cp hex="${hex4(unit)}"/>`),
    open: (a) =>
      `<mrk id="${prefix}${++n}" type="${a.note ? 'comment' : 'generic'}"${a.note ? ` value="${escapeAttr(a.note)}"` : ''}` +
      ` dz:category="${escapeAttr(a.category)}">`,
    close: () => '</mrk>',
  };
}

function unit(block: ExportBlock, carryTarget: boolean): string {
  const key = blockKey(block.id);
  const exported = carryTarget ? ` dz:exportedTarget="${escapeAttr(block.target)}"` : '';
  let out = `<unit id="${key}" name="${key}" type="duizhao:${block.kind}" xml:space="preserve"${exported}>`;
  if (block.notes.length > 0) {
    out += '<notes>';
    block.notes.forEach((note, k) => (out += `<note id="n${k + 1}" category="duizhao">${escapePlainText(note)}</note>`));
    out += '</notes>';
  }
  const source = renderInline(block.source, annotationsOn(block, 'source'), dialect('s'));
  const target = renderInline(block.target, annotationsOn(block, 'target'), dialect('t'));
  out += `<segment state="${XLIFF20_STATE[block.status]}"><source>${source}</source><target>${target}</target></segment>`;
  return `${out}</unit>\n`;
}

/**
 * Serialises a project as XLIFF 2.0. Documents with no selected blocks are left out (a 2.0
 * `<file>` needs a unit); throws AppError `export:errors.nothingToExport` when no block is left.
 */
export function exportXliff20(project: ExportProject, options: ExportOptions = {}): string {
  const opts = resolveOptions(options);
  const files = selectBlocks(project, opts).filter((d) => d.blocks.length > 0);
  if (files.length === 0) throw new AppError('export:errors.nothingToExport', { format: 'XLIFF 2.0' });
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<xliff xmlns="${XLIFF20_NS}" xmlns:dz="${DUIZHAO_NS}" version="2.0"`,
    ` srcLang="${escapeAttr(sourceLangOf(project))}" trgLang="${escapeAttr(targetLangOf(project))}">\n`,
  ];
  for (const { document, blocks } of files) {
    out.push(`<file id="d${document.id}" original="${escapeAttr(document.title)}">\n`);
    for (const block of blocks) out.push(unit(block, opts.carryExportedTarget));
    out.push('</file>\n');
  }
  out.push('</xliff>\n');
  return out.join('');
}

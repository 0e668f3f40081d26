/**
 * TMX 1.4b export (validates against tmx14.dtd). One `<tu>` per block (segtype `paragraph`) or
 * per aligned sentence pair inside a block (segtype `sentence`, ids `b<id>-<n>`; joining a
 * block's TUs in order gives the block back; the source side uses the block's stored sentences
 * when it has them). Each TU carries `<prop>`s: `x-duizhao-block`
 * (`b<id>`), `x-duizhao-document`, `x-duizhao-kind`, `x-duizhao-status` and, unless turned off,
 * `x-duizhao-exported-target` (this TU's target as exported, for conflict detection on
 * re-import); block notes are `<note>`s (on the first TU of a block). Annotations are not
 * written: TMX has no place for a comment on a span (use XLIFF).
 * Control characters in segments are `<ph type="x-duizhao-cp">HHHH</ph>` (see xml.ts).
 */
import { pairSentences, spansTile, splitSentences } from '../text/sentences.ts';
import type { SentenceSpan } from '../text/sentences.ts';
import { blockKey, resolveOptions, selectBlocks, sourceLangOf, targetLangOf } from './model.ts';
import type { ExportBlock, ExportOptions, ExportProject } from './model.ts';
import { escapeXmlText } from '../xml/escape.ts';
import { escapeAttr, escapePlainText, hex4 } from './xml.ts';

/** Version written into `creationtoolversion` and the XLIFF tool attributes. */
export const TOOL_VERSION = '0.1.0';

/** The `<ph type>` that marks a control character in TMX segments. */
export const TMX_CP_TYPE = 'x-duizhao-cp';

function seg(text: string): string {
  return `<seg>${escapeXmlText(text, (unit) => `<ph type="${TMX_CP_TYPE}">${hex4(unit)}</ph>`)}</seg>`;
}

function prop(type: string, value: string): string {
  return `<prop type="${type}">${escapePlainText(value)}</prop>`;
}

function langOf(tag: string): 'zh' | 'en' {
  return tag.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function sentences(text: string, lang: 'zh' | 'en', stored?: readonly SentenceSpan[]): string[] {
  const spans = stored && spansTile(stored, text) ? stored : splitSentences(text, lang);
  return spans.map((s) => text.slice(s.start, s.end));
}

/**
 * Serialises a project as TMX 1.4b. Assumes block ids are unique across the project.
 * TMX feeds translation memories and corpora, where a unit without a translation is noise, so
 * blocks whose English is blank are left out unless `includeUntranslated` is set (then they get
 * a TU with an empty target `<seg>`). Re-import loses nothing either way: an absent or empty
 * target never overwrites a block.
 */
export function exportTmx(project: ExportProject, options: ExportOptions = {}): string {
  const opts = resolveOptions(options);
  const src = sourceLangOf(project);
  const trg = targetLangOf(project);
  const segtype = opts.segmentation;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<tmx version="1.4">\n',
    `<header creationtool="Duizhao" creationtoolversion="${TOOL_VERSION}" segtype="${segtype}" o-tmf="Duizhao"`,
    ` adminlang="en" srclang="${escapeAttr(src)}" datatype="plaintext">`,
    prop('x-duizhao-project', project.name),
    '</header>\n<body>\n',
  ];
  const tu = (block: ExportBlock, title: string, tuid: string, source: string, target: string, first: boolean): void => {
    out.push(`<tu tuid="${escapeAttr(tuid)}">`);
    if (first) for (const note of block.notes) out.push(`<note>${escapePlainText(note)}</note>`);
    out.push(prop('x-duizhao-block', blockKey(block.id)), prop('x-duizhao-document', title));
    out.push(prop('x-duizhao-kind', block.kind), prop('x-duizhao-status', block.status));
    if (opts.carryExportedTarget) out.push(prop('x-duizhao-exported-target', target));
    out.push(`<tuv xml:lang="${escapeAttr(src)}">${seg(source)}</tuv>`);
    out.push(`<tuv xml:lang="${escapeAttr(trg)}">${seg(target)}</tuv></tu>\n`);
  };
  for (const { document, blocks } of selectBlocks(project, opts)) {
    for (const block of blocks) {
      if (!options.includeUntranslated && block.target.trim() === '') continue;
      if (segtype === 'paragraph') {
        tu(block, document.title, blockKey(block.id), block.source, block.target, true);
        continue;
      }
      const pairs = pairSentences(sentences(block.source, langOf(src), block.sourceSentences), sentences(block.target, langOf(trg)));
      if (pairs.length === 0) pairs.push({ zh: '', en: '' });
      pairs.forEach((pair, k) => tu(block, document.title, `${blockKey(block.id)}-${k + 1}`, pair.zh, pair.en, k === 0));
    }
  }
  out.push('</body>\n</tmx>\n');
  return out.join('');
}

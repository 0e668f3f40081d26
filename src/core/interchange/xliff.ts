/**
 * Reads XLIFF 1.2 and 2.0 (2.1 too: same namespace) back into interchange units; the version is
 * detected from the root's namespace and `version`. Inline content becomes plain text: marks
 * (`mrk`, `g`, `pc`) keep their text, Duizhao's control-character elements (`<cp hex>`,
 * `<ph ctype="x-duizhao-cp">`) become the characters again, and other inline codes (whose
 * content is native markup, not text) are dropped. Notes and extension values lose the private
 * `\u{HHHH}` escape. Units without a `b<id>` id are still returned, for matching by source text.
 */
import { AppError } from '../model/errors.ts';
import type { BlockStatus } from '../model/block.ts';
import { unescapePrivate } from '../export/xml.ts';
import { parseBlockId } from '../export/model.ts';
import { XLIFF12_CP_CTYPE } from '../export/xliff12.ts';
import { parseXmlSafely, type XmlElement } from '../xml/reader.ts';
import { attr, descendants, element, elements, plainText } from '../xml/tree.ts';
import { INTERCHANGE_XML_ERRORS } from './types.ts';
import type { InterchangeUnit, ParsedInterchange } from './types.ts';

function inlineText12(el: XmlElement): string {
  return el.children
    .map((c) => {
      if (typeof c === 'string') return c;
      if (c.local === 'mrk' || c.local === 'g') return inlineText12(c);
      if (c.local === 'ph' && attr(c, 'ctype') === XLIFF12_CP_CTYPE) return String.fromCharCode(parseInt(plainText(c), 16));
      return '';
    })
    .join('');
}

function inlineText20(el: XmlElement): string {
  return el.children
    .map((c) => {
      if (typeof c === 'string') return c;
      if (c.local === 'mrk' || c.local === 'pc') return inlineText20(c);
      if (c.local === 'cp') return String.fromCharCode(parseInt(attr(c, 'hex') ?? 'FFFD', 16));
      return '';
    })
    .join('');
}

function status12(unit: XmlElement, target: XmlElement | undefined): BlockStatus | undefined {
  const state = target ? attr(target, 'state') : undefined;
  if (attr(unit, 'approved') === 'yes' || state === 'final' || state === 'signed-off') return 'confirmed';
  if (state === undefined) return undefined;
  return state === 'new' || state === 'needs-translation' ? 'new' : 'draft';
}

function status20(state: string | undefined): BlockStatus | undefined {
  if (state === undefined) return undefined;
  return state === 'initial' ? 'new' : state === 'final' ? 'confirmed' : 'draft';
}

function parse12(root: XmlElement): ParsedInterchange {
  const files = elements(root, 'file');
  const units: InterchangeUnit[] = [];
  for (const file of files) {
    for (const tu of descendants(file, 'trans-unit')) {
      const source = element(tu, 'source');
      const target = element(tu, 'target');
      const contexts = elements(tu, 'context-group').flatMap((g) => elements(g, 'context'));
      const exported = contexts.find((c) => attr(c, 'context-type') === 'x-duizhao-exported-target');
      const status = status12(tu, target);
      const blockId = parseBlockId(attr(tu, 'id')) ?? parseBlockId(attr(tu, 'resname'));
      const unitId = attr(tu, 'id');
      units.push({
        ...(blockId === undefined ? {} : { blockId }),
        ...(unitId === undefined ? {} : { unitId }),
        source: source ? inlineText12(source) : '',
        target: target ? inlineText12(target) : '',
        ...(status === undefined ? {} : { status }),
        notes: elements(tu, 'note').map((n) => unescapePrivate(plainText(n))),
        ...(exported ? { exportedTarget: unescapePrivate(plainText(exported)) } : {}),
      });
    }
  }
  const first = files[0];
  return {
    format: 'xliff-1.2',
    units,
    sourceLang: (first && attr(first, 'source-language')) ?? '',
    targetLang: (first && attr(first, 'target-language')) ?? '',
  };
}

function parse20(root: XmlElement): ParsedInterchange {
  const units: InterchangeUnit[] = [];
  for (const unit of descendants(root, 'unit')) {
    const segments = elements(unit, 'segment');
    const parts = elements(unit).filter((e) => e.local === 'segment' || e.local === 'ignorable');
    const source = parts.map((p) => { const s = element(p, 'source'); return s ? inlineText20(s) : ''; }).join('');
    const target = parts.map((p) => { const t = element(p, 'target'); return t ? inlineText20(t) : ''; }).join('');
    const states = segments.map((s) => status20(attr(s, 'state') ?? 'initial'));
    const rank = (s: BlockStatus | undefined): number => (s === 'new' ? 0 : s === 'draft' ? 1 : 2);
    const status = states.reduce<BlockStatus | undefined>((low, s) => (low === undefined || rank(s) < rank(low) ? s : low), undefined);
    const notesEl = element(unit, 'notes');
    const exported = attr(unit, 'exportedTarget');
    const blockId = parseBlockId(attr(unit, 'id'));
    const unitId = attr(unit, 'id');
    units.push({
      ...(blockId === undefined ? {} : { blockId }),
      ...(unitId === undefined ? {} : { unitId }),
      source,
      target,
      ...(status === undefined ? {} : { status }),
      notes: notesEl ? elements(notesEl, 'note').map((n) => unescapePrivate(plainText(n))) : [],
      ...(exported === undefined ? {} : { exportedTarget: unescapePrivate(exported) }),
    });
  }
  return { format: 'xliff-2.0', units, sourceLang: attr(root, 'srcLang') ?? '', targetLang: attr(root, 'trgLang') ?? '' };
}

/**
 * Parses an XLIFF 1.2 or 2.x file (untrusted input; see core/xml/reader.ts for the DTD rules).
 * Throws AppError `export:errors.notXliff` when the root is not an XLIFF element and
 * `export:errors.unsupportedXliffVersion` for other versions, besides {@link INTERCHANGE_XML_ERRORS}.
 */
export function parseXliff(xml: string): ParsedInterchange {
  const root = parseXmlSafely(xml, INTERCHANGE_XML_ERRORS);
  if (root.local !== 'xliff') throw new AppError('export:errors.notXliff', { root: root.name });
  const version = attr(root, 'version') ?? '';
  if (version === '1.2') return parse12(root);
  if (/^2\.[01]$/.test(version)) return parse20(root);
  throw new AppError('export:errors.unsupportedXliffVersion', { version });
}

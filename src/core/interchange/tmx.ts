/**
 * Reads TMX (1.4b, and 1.1–1.3 `lang` attributes) back into interchange units. The source
 * `<tuv>` is the one whose language is the header's `srclang` (the first one for `*all*`), the
 * target the first other one. Consecutive TUs of the same Duizhao block (sentence-level
 * exports, `x-duizhao-block` prop or `b<id>-<n>` tuid) are joined back into one unit, so a unit
 * is always a whole block. Inline codes other than Duizhao's control characters are dropped;
 * `<hi>` keeps its text.
 */
import { AppError } from '../model/errors.ts';
import { parseBlockId } from '../export/model.ts';
import { TMX_CP_TYPE } from '../export/tmx.ts';
import { unescapePrivate } from '../export/xml.ts';
import { parseXmlSafely, type XmlElement } from '../xml/reader.ts';
import { attr, element, elements, plainText } from '../xml/tree.ts';
import { asStatus, INTERCHANGE_XML_ERRORS } from './types.ts';
import type { InterchangeUnit, ParsedInterchange } from './types.ts';

function segText(el: XmlElement): string {
  return el.children
    .map((c) => {
      if (typeof c === 'string') return c;
      if (c.local === 'hi') return segText(c);
      if (c.local === 'ph' && attr(c, 'type') === TMX_CP_TYPE) return String.fromCharCode(parseInt(plainText(c), 16));
      return '';
    })
    .join('');
}

function langOf(tuv: XmlElement): string {
  return attr(tuv, 'lang') ?? '';
}

function props(tu: XmlElement): Map<string, string> {
  return new Map(elements(tu, 'prop').map((p) => [attr(p, 'type') ?? '', unescapePrivate(plainText(p))]));
}

interface Piece extends InterchangeUnit {
  readonly joinable: boolean;
}

/**
 * Parses a TMX file (untrusted input; see core/xml/reader.ts for the DTD rules). Throws AppError
 * `export:errors.notTmx` when the root is not `<tmx>`, besides {@link INTERCHANGE_XML_ERRORS}.
 */
export function parseTmx(xml: string): ParsedInterchange {
  const root = parseXmlSafely(xml, INTERCHANGE_XML_ERRORS);
  if (root.local !== 'tmx') throw new AppError('export:errors.notTmx', { root: root.name });
  const header = element(root, 'header');
  const srclang = (header && attr(header, 'srclang')) ?? '';
  const body = element(root, 'body');
  let targetLang = '';
  const pieces: Piece[] = [];
  for (const tu of body ? elements(body, 'tu') : []) {
    const tuvs = elements(tu, 'tuv');
    const isSource = (t: XmlElement): boolean => langOf(t).toLowerCase() === srclang.toLowerCase();
    const sourceTuv = srclang === '*all*' ? tuvs[0] : tuvs.find(isSource);
    const targetTuv = tuvs.find((t) => t !== sourceTuv);
    if (targetTuv && targetLang === '') targetLang = langOf(targetTuv);
    const seg = (t: XmlElement | undefined): string => {
      const s = t && element(t, 'seg');
      return s ? segText(s) : '';
    };
    const p = props(tu);
    const blockId = parseBlockId(p.get('x-duizhao-block')) ?? parseBlockId(attr(tu, 'tuid'));
    const status = asStatus(p.get('x-duizhao-status'));
    const exported = p.get('x-duizhao-exported-target');
    const unitId = attr(tu, 'tuid');
    pieces.push({
      ...(blockId === undefined ? {} : { blockId }),
      ...(unitId === undefined ? {} : { unitId }),
      source: seg(sourceTuv),
      target: seg(targetTuv),
      ...(status === undefined ? {} : { status }),
      notes: elements(tu, 'note').map((n) => unescapePrivate(plainText(n))),
      ...(exported === undefined ? {} : { exportedTarget: exported }),
      joinable: /^b\d+-\d+$/.test(attr(tu, 'tuid') ?? ''),
    });
  }
  const units: InterchangeUnit[] = [];
  let lastJoinable = false;
  for (const { joinable, ...piece } of pieces) {
    const last = units[units.length - 1];
    if (joinable && lastJoinable && last && last.blockId !== undefined && last.blockId === piece.blockId) {
      const exported = last.exportedTarget !== undefined || piece.exportedTarget !== undefined;
      units[units.length - 1] = {
        ...last,
        source: last.source + piece.source,
        target: last.target + piece.target,
        notes: [...last.notes, ...piece.notes],
        ...(exported ? { exportedTarget: (last.exportedTarget ?? '') + (piece.exportedTarget ?? '') } : {}),
      };
    } else units.push(piece);
    lastJoinable = joinable;
  }
  return { format: 'tmx', units, sourceLang: srclang, targetLang };
}

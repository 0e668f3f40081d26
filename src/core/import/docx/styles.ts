import type { BlockKind } from '../../model/index.ts';
import type { XmlElement } from '../../xml/reader.ts';
import { attr, element, elements, path } from '../../xml/tree.ts';

/** What a paragraph style says about a paragraph's role. */
export type StyleRole = BlockKind | 'list';

const HEADING_NAME = /^(heading|标题|標題)\s*\d$|^(title|subtitle|标题|副标题|標題|副標題)$/i;
const HEADING_ID = /^(heading\d|title|subtitle)$/i;
const CAPTION_NAME = /^(caption|题注|題注)$/i;
const QUOTE_NAME = /^(quote|intense quote|block text|引用|明显引用|明顯引用)$/i;
const LIST_NAME = /^list (bullet|number)( \d)?$/i;

interface StyleInfo {
  readonly name: string;
  readonly basedOn?: string;
  readonly outlineLevel?: number;
  readonly numbered: boolean;
}

/** True when a `numPr` element turns numbering on (numId 0 switches it off). */
export function numbersOn(numPr: XmlElement | undefined): boolean {
  if (!numPr) return false;
  const numId = attr(element(numPr, 'numId'), 'val');
  return numId !== undefined && numId !== '0';
}

function ownRole(id: string, info: StyleInfo): StyleRole | undefined {
  if (HEADING_NAME.test(info.name) || HEADING_ID.test(id)) return 'heading';
  if (info.outlineLevel !== undefined && info.outlineLevel < 9) return 'heading';
  if (CAPTION_NAME.test(info.name)) return 'caption';
  if (QUOTE_NAME.test(info.name)) return 'quote';
  if (info.numbered || LIST_NAME.test(info.name)) return 'list';
  return undefined;
}

/**
 * Reads the parsed styles.xml root into a map from paragraph style id to role, following `basedOn` so a custom
 * style derived from Heading 1 is a heading too. Localised names (标题 1) and ids (Heading1,
 * Title) both count. Missing styles.xml gives an empty map (ids alone then decide).
 */
export function readStyleRoles(styles: XmlElement | undefined): Map<string, StyleRole> {
  const infos = new Map<string, StyleInfo>();
  const root = styles?.local === 'styles' ? styles : undefined;
  for (const style of root ? elements(root, 'style') : []) {
    if (attr(style, 'type') !== 'paragraph') continue;
    const id = attr(style, 'styleId');
    if (!id) continue;
    const level = attr(path(style, 'pPr', 'outlineLvl'), 'val');
    infos.set(id, {
      name: attr(element(style, 'name'), 'val') ?? id,
      basedOn: attr(element(style, 'basedOn'), 'val'),
      outlineLevel: level === undefined ? undefined : Number(level),
      numbered: numbersOn(path(style, 'pPr', 'numPr')),
    });
  }
  const roles = new Map<string, StyleRole>();
  for (const id of infos.keys()) {
    let current: string | undefined = id;
    // Depth cap: a basedOn cycle in a hostile file must not loop forever.
    for (let depth = 0; current !== undefined && depth < 20; depth++) {
      const info = infos.get(current);
      if (!info) break;
      const role = ownRole(current, info);
      if (role) {
        roles.set(id, role);
        break;
      }
      current = info.basedOn;
    }
  }
  return roles;
}

/** Role of a style id that styles.xml does not describe (Word's built-in ids). */
export function fallbackRole(styleId: string): StyleRole | undefined {
  if (HEADING_ID.test(styleId)) return 'heading';
  if (/^caption$/i.test(styleId)) return 'caption';
  if (/^(quote|intensequote)$/i.test(styleId)) return 'quote';
  return undefined;
}

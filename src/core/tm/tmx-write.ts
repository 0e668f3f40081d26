/**
 * Writes TM units as TMX 1.4b: one `<tu>` per unit with creation/change dates and users,
 * origin and context as `<prop>`s (`x-origin-file`, `x-origin-project`, `x-context-prev`,
 * `x-context-next`, the names {@link readTmx} reads back), and placeholders turned back into the
 * inline codes they stand for. Streams: `write` gets the file in pieces.
 */
import { escapeXmlAttr, escapeXmlText } from '../xml/escape.ts';
import { hex4 } from '../export/xml.ts';
import { TMX_CP_TYPE, TOOL_VERSION } from '../export/tmx.ts';
import { PLACEHOLDER_BASE, type TmFileUnit } from './tm-unit.ts';

function tmxDate(iso: string | undefined): string | undefined {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(iso);
  return m ? `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}Z` : undefined;
}

function seg(text: string, tags: readonly string[]): string {
  let out = '';
  let run = '';
  const flush = (): void => {
    out += escapeXmlText(run, (unit) => `<ph type="${TMX_CP_TYPE}">${hex4(unit)}</ph>`);
    run = '';
  };
  for (const ch of text) {
    const k = ch.charCodeAt(0) - PLACEHOLDER_BASE;
    const tag = ch.length === 1 && k >= 0 ? tags[k] : undefined;
    if (tag === undefined) run += ch;
    else {
      flush();
      out += tag;
    }
  }
  flush();
  return `<seg>${out}</seg>`;
}

function prop(type: string, value: string | undefined): string {
  return value ? `<prop type="${type}">${escapeXmlText(value, () => '')}</prop>` : '';
}

/** Writes a TMX 1.4b document for `units` in the `sourceLang` → `targetLang` pair. */
export function writeTmx(units: Iterable<TmFileUnit>, sourceLang: string, targetLang: string, write: (chunk: string) => void): void {
  write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n');
  write(`<header creationtool="Duizhao" creationtoolversion="${TOOL_VERSION}" segtype="sentence" o-tmf="Duizhao" adminlang="en" srclang="${escapeXmlAttr(sourceLang)}" datatype="plaintext"/>\n<body>\n`);
  for (const u of units) {
    const attrs = [
      ['creationdate', tmxDate(u.createdAt)],
      ['creationid', u.createdBy],
      ['changedate', tmxDate(u.changedAt)],
      ['changeid', u.changedBy],
    ]
      .filter((a): a is [string, string] => Boolean(a[1]))
      .map(([k, v]) => ` ${k}="${escapeXmlAttr(v)}"`)
      .join('');
    const props = prop('x-origin-file', u.originFile) + prop('x-origin-project', u.originProject) + prop('x-context-prev', u.prevSource) + prop('x-context-next', u.nextSource);
    write(
      `<tu${attrs}>${props}<tuv xml:lang="${escapeXmlAttr(sourceLang)}">${seg(u.source, u.sourceTags)}</tuv><tuv xml:lang="${escapeXmlAttr(targetLang)}">${seg(u.target, u.targetTags)}</tuv></tu>\n`,
    );
  }
  write('</body>\n</tmx>\n');
}

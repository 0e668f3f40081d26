/**
 * Reads TMX 1.4b (and 1.1–1.3 `lang` attributes) into TM units, one `<tu>` at a time: the header
 * and each `<tu>` are parsed by the shared safe reader (core/xml/reader.ts, so DTDs and entities
 * are refused as everywhere else), the text between `<tu>`s must be blank, and the body must be
 * closed, so a truncated or malformed file is an error with its line number. Reading per unit
 * keeps memory flat for 100,000-unit files and lets the caller report progress.
 */
import { AppError } from '../model/errors.ts';
import { parseXmlSafely, type XmlElement } from '../xml/reader.ts';
import { xmlErrors, type XmlFailureHandler } from '../xml/errors.ts';
import { attr, element, elements, plainText } from '../xml/tree.ts';
import { serializeXml } from './xml-write.ts';
import { MAX_PLACEHOLDERS, PLACEHOLDER_BASE, type TmFile, type TmFileUnit } from './tm-unit.ts';

const INLINE_CODES = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

function failAt(line: number): XmlFailureHandler {
  return (f) => {
    if (f.kind === 'malformed') return new AppError('tm:errors.malformedTmx', { line: f.line + line - 1, message: f.message });
    return xmlErrors({ doctype: 'export:errors.xmlDoctype', entity: 'export:errors.xmlEntity', malformed: 'tm:errors.malformedTmx' })(f);
  };
}

function lineAt(text: string, offset: number, from: { offset: number; line: number }): number {
  let line = from.line;
  for (let i = from.offset; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  from.offset = offset;
  from.line = line;
  return line;
}

/** Text of a `<seg>` with inline codes as placeholders; `<hi>`/`<sub>` keep their text. */
function segText(seg: XmlElement, tags: string[]): string {
  let out = '';
  for (const c of seg.children) {
    if (typeof c === 'string') out += c;
    else if (INLINE_CODES.has(c.local) && tags.length < MAX_PLACEHOLDERS) {
      out += String.fromCharCode(PLACEHOLDER_BASE + tags.length);
      tags.push(serializeXml(c));
    } else if (c.local === 'hi' || c.local === 'sub') out += segText(c, tags);
  }
  return out;
}

/** `20240131T120000Z` → ISO 8601; undefined when absent or not that shape. */
function tmxDate(value: string | undefined): string | undefined {
  const m = value && /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined;
}

const langOf = (tuv: XmlElement): string => attr(tuv, 'lang') ?? '';

/**
 * Parses a TMX document. `onUnit` is called after each `<tu>` with the character offset reached
 * (for progress). Throws `tm:errors.notTmx` when there is no `<tmx>` root with a header and body,
 * `tm:errors.malformedTmx` ({line, message}) for malformed XML, and the shared XML safety errors.
 * The target of a unit is its first `<tuv>` in another language than the header's `srclang`;
 * TUs without both sides are skipped (counted by the caller as skipped, not errors).
 */
export function readTmx(xml: string, onUnit?: (offset: number) => void): TmFile & { readonly incomplete: number } {
  const reader = tmxReader(xml);
  for (let step = reader.next(); ; step = reader.next()) {
    if (step.done) return step.value;
    onUnit?.(step.value);
  }
}

/**
 * {@link readTmx} as a generator: yields the character offset reached after each `<tu>` and
 * returns the parsed file, so a host can yield to its event loop (and answer progress polls)
 * while reading a large file.
 */
export function* tmxReader(xml: string): Generator<number, TmFile & { readonly incomplete: number }, void> {
  const text = xml.replace(/^\uFEFF/, '');
  if (/<!ENTITY/i.test(text) || /<!DOCTYPE[^>[]*\[/i.test(text)) throw new AppError('export:errors.xmlDoctype');
  const tmxAt = text.search(/<tmx[\s>]/);
  const bodyAt = text.search(/<body\s*>/);
  const headerMatch = /<header\b[^>]*?(?:\/>|>[\s\S]*?<\/header>)/.exec(text);
  if (tmxAt < 0) throw new AppError('tm:errors.notTmx');
  const position = { offset: 0, line: 1 };
  if (!headerMatch || bodyAt < 0 || headerMatch.index > bodyAt) {
    throw new AppError('tm:errors.malformedTmx', { line: lineAt(text, bodyAt < 0 ? text.length : bodyAt, position), message: 'missing <header> or <body>' });
  }
  const header = parseXmlSafely(headerMatch[0], failAt(lineAt(text, headerMatch.index, position)));
  const srclang = attr(header, 'srclang') ?? '';
  let at = text.indexOf('>', bodyAt) + 1;
  const units: TmFileUnit[] = [];
  let targetLang = '';
  let incomplete = 0;
  for (;;) {
    const open = text.indexOf('<', at);
    if (open < 0) throw new AppError('tm:errors.malformedTmx', { line: lineAt(text, text.length, position), message: 'the file ends before </body>' });
    const between = text.slice(at, open);
    if (between.trim() !== '' && !/^\s*$/.test(between.replace(/<!--[\s\S]*?-->/g, ''))) {
      throw new AppError('tm:errors.malformedTmx', { line: lineAt(text, at, position), message: 'text outside <tu>' });
    }
    if (text.startsWith('<!--', open)) {
      const end = text.indexOf('-->', open);
      if (end < 0) throw new AppError('tm:errors.malformedTmx', { line: lineAt(text, open, position), message: 'unclosed comment' });
      at = end + 3;
      continue;
    }
    if (text.startsWith('</body', open)) break;
    if (!/^<tu[\s>]/.test(text.slice(open, open + 4))) {
      throw new AppError('tm:errors.malformedTmx', { line: lineAt(text, open, position), message: `unexpected ${text.slice(open, open + 12)}` });
    }
    const close = text.indexOf('</tu>', open);
    if (close < 0) throw new AppError('tm:errors.malformedTmx', { line: lineAt(text, open, position), message: '<tu> is not closed' });
    const tu = parseXmlSafely(text.slice(open, close + 5), failAt(lineAt(text, open, position)));
    at = close + 5;
    const tuvs = elements(tu, 'tuv');
    const isSource = (t: XmlElement): boolean => langOf(t).toLowerCase() === srclang.toLowerCase();
    const sourceTuv = srclang === '*all*' ? tuvs[0] : tuvs.find(isSource);
    const targetTuv = tuvs.find((t) => t !== sourceTuv);
    const sourceSeg = sourceTuv && element(sourceTuv, 'seg');
    const targetSeg = targetTuv && element(targetTuv, 'seg');
    if (!sourceSeg || !targetSeg || !targetTuv) {
      incomplete++;
      yield at;
      continue;
    }
    if (targetLang === '') targetLang = langOf(targetTuv);
    const sourceTags: string[] = [];
    const targetTags: string[] = [];
    const props = new Map(elements(tu, 'prop').map((p) => [attr(p, 'type') ?? '', plainText(p)]));
    const optional = (key: string, value: string | undefined): Record<string, string> => (value ? { [key]: value } : {});
    units.push({
      source: segText(sourceSeg, sourceTags),
      target: segText(targetSeg, targetTags),
      sourceTags,
      targetTags,
      ...optional('createdAt', tmxDate(attr(tu, 'creationdate'))),
      ...optional('createdBy', attr(tu, 'creationid')),
      ...optional('changedAt', tmxDate(attr(tu, 'changedate'))),
      ...optional('changedBy', attr(tu, 'changeid')),
      ...optional('originFile', props.get('x-origin-file')),
      ...optional('originProject', props.get('x-origin-project')),
      ...optional('prevSource', props.get('x-context-prev')),
      ...optional('nextSource', props.get('x-context-next')),
    });
    yield at;
  }
  if (!/<\/tmx>\s*$/.test(text.slice(at))) {
    throw new AppError('tm:errors.malformedTmx', { line: lineAt(text, text.length, position), message: 'the file does not end with </tmx>' });
  }
  return { sourceLang: srclang === '*all*' ? '' : srclang, targetLang, units, incomplete };
}

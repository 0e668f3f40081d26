import { AppError } from '../model/errors.ts';
import type { GlossaryEntry } from './model.ts';
import type { GlossaryImportReport, SkippedItem } from './report.ts';
import { xmlErrors } from '../xml/errors.ts';
import { escapeXmlAttr, escapeXmlText } from '../xml/escape.ts';
import { parseXmlSafely, type XmlElement } from '../xml/reader.ts';
import { elements, plainText } from '../xml/tree.ts';

/**
 * TBX (ISO 30042:2019, TBX-Basic dialect, DCA style) import and export.
 *
 * Mapping: one conceptEntry per entry (`id` = entry id); the entry note is a conceptEntry-level
 * `<note>`; the source term is the termSec of the source langSec, carrying `termNote
 * type="partOfSpeech"`; each approved rendering is a termSec of the target langSec
 * (`preferredTerm-admn-sts` for the first, `admittedTerm-admn-sts` for the rest) and each
 * forbidden one has `deprecatedTerm-admn-sts`. TBX-Basic has no case-sensitivity category, so a
 * case-sensitive entry carries the documented note `x-caseSensitive: true` in its source termSec
 * (a free-text note keeps the file valid TBX-Basic). Import also reads TBX v2 (`martif`,
 * termEntry/langSet/tig|ntig) and treats `supersededTerm-admn-sts` as forbidden too.
 */

/** The TBX v3 namespace. */
export const TBX_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';
/** The source-termSec note that marks a case-sensitive entry. */
export const CASE_SENSITIVE_NOTE = 'x-caseSensitive: true';

/** Language choices for TBX import/export; tags compare by primary subtag on import (zh-TW → zh). */
export interface TbxOptions {
  readonly sourceLang?: string;
  readonly targetLang?: string;
  /** Text of tbxHeader/fileDesc/sourceDesc/p on export. */
  readonly title?: string;
}

const FORBIDDEN_STATUS = new Set(['deprecatedTerm-admn-sts', 'supersededTerm-admn-sts']);
const primary = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';
const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** How the shared XML reader's refusals read in the glossary feature. */
export const GLOSSARY_XML_ERRORS = xmlErrors({
  doctype: 'glossary:errors.xmlEntities',
  entity: 'glossary:errors.xmlEntities',
  malformed: 'glossary:errors.xmlMalformed',
});

/**
 * Reads a TBX document into glossary entries. Throws AppError `glossary:errors.tbxNotTbx` when
 * the root is neither `tbx` nor `martif`, and {@link GLOSSARY_XML_ERRORS} for XML the shared
 * reader refuses (entities, DTD internal subsets, malformed input).
 * Concepts without a source-language term are skipped (`noSourceTerm`); a concept with several
 * source terms becomes one entry per term (ids `c1`, `c1-2`, …). Terms and notes are trimmed.
 */
export function importTbx(xml: string, options: TbxOptions = {}): GlossaryImportReport {
  const root = parseXmlSafely(xml, GLOSSARY_XML_ERRORS);
  const rootName = root.local;
  if (rootName !== 'tbx' && rootName !== 'martif') throw new AppError('glossary:errors.tbxNotTbx', { root: root.name });
  const sourceLang = primary(options.sourceLang ?? 'zh');
  const targetLang = primary(options.targetLang ?? 'en');
  const entries: GlossaryEntry[] = [];
  const skipped: SkippedItem[] = [];
  const concepts = elements(root, 'text')
    .flatMap((t) => elements(t, 'body'))
    .flatMap((b) => [...elements(b, 'conceptEntry'), ...elements(b, 'termEntry')]);
  concepts.forEach((concept, index) => {
    const conceptId = concept.attrs['id'] ?? `c${index + 1}`;
    const langs = [...elements(concept, 'langSec'), ...elements(concept, 'langSet')];
    const langOf = (l: XmlElement): string => primary(l.attrs['xml:lang'] ?? l.attrs['lang'] ?? '');
    const sourceSecs = langs.filter((l) => langOf(l) === sourceLang);
    const targetSecs = langs.filter((l) => langOf(l) === targetLang);
    const notes = elements(concept, 'note').map(plainText);
    for (const l of [concept, ...sourceSecs]) {
      for (const d of elements(l, 'descrip')) if (d.attrs['type'] === 'definition') notes.push(plainText(d));
    }
    const targets: string[] = [];
    const forbidden: string[] = [];
    let targetPos: string | undefined;
    for (const sec of targetSecs.flatMap(termSecs)) {
      if (sec.term === '') continue;
      (FORBIDDEN_STATUS.has(sec.status ?? '') ? forbidden : targets).push(sec.term);
      targetPos ??= sec.partOfSpeech;
    }
    const sources = sourceSecs.flatMap(termSecs).filter((s) => s.term !== '');
    if (sources.length === 0) {
      skipped.push({ conceptId, reason: 'noSourceTerm' });
      return;
    }
    sources.forEach((source, k) => {
      const note = [...notes, ...source.notes].map((n) => n.trim()).filter((n) => n !== '').join('\n');
      const partOfSpeech = source.partOfSpeech ?? targetPos;
      entries.push({
        id: k === 0 ? conceptId : `${conceptId}-${k + 1}`,
        source: source.term,
        targets: [...targets],
        forbidden: [...forbidden],
        note,
        ...(partOfSpeech !== undefined ? { partOfSpeech } : {}),
        caseSensitive: source.caseSensitive,
      });
    });
  });
  return { entries, skipped };
}

interface TermSecData {
  term: string;
  status?: string;
  partOfSpeech?: string;
  notes: string[];
  caseSensitive: boolean;
}

/** The termSecs (v3) or tig/ntig (v2) of one language section, flattened. */
function termSecs(lang: XmlElement): TermSecData[] {
  const secs = [...elements(lang, 'termSec'), ...elements(lang, 'tig'), ...elements(lang, 'ntig')];
  return secs.map((sec) => {
    const holders = [sec, ...elements(sec, 'termGrp')];
    const termEl = holders.flatMap((h) => elements(h, 'term'))[0];
    const termNotes = holders.flatMap((h) => elements(h, 'termNote'));
    const noteOf = (type: string): string | undefined => {
      const el = termNotes.find((n) => n.attrs['type'] === type);
      return el === undefined ? undefined : plainText(el).trim();
    };
    const allNotes = elements(sec, 'note').map((n) => plainText(n).trim());
    const data: TermSecData = {
      term: termEl === undefined ? '' : plainText(termEl).trim(),
      notes: allNotes.filter((n) => n !== CASE_SENSITIVE_NOTE),
      caseSensitive: allNotes.includes(CASE_SENSITIVE_NOTE),
    };
    const status = noteOf('administrativeStatus');
    const pos = noteOf('partOfSpeech');
    if (status !== undefined) data.status = status;
    if (pos !== undefined && pos !== '') data.partOfSpeech = pos;
    return data;
  });
}

/**
 * Writes entries as a TBX-Basic v3 document (UTF-8, DCA style, two-space indentation). Entry ids
 * that are not XML NCNames, or repeat an earlier id, are replaced by `c<n>`; everything else
 * round-trips through {@link importTbx} unchanged. Entries with an empty source are left out.
 */
export function exportTbx(entries: readonly GlossaryEntry[], options: TbxOptions = {}): string {
  const sourceLang = options.sourceLang ?? 'zh-CN';
  const targetLang = options.targetLang ?? 'en';
  const e = escapeXmlText;
  const a = escapeXmlAttr;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>',
    `<tbx type="TBX-Basic" style="dca" xml:lang="${a(targetLang)}" xmlns="${TBX_NAMESPACE}">`,
    '  <tbxHeader>',
    '    <fileDesc>',
    '      <sourceDesc>',
    `        <p>${e(options.title ?? 'Duizhao glossary')}</p>`,
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
  ];
  const used = new Set<string>();
  let counter = 0;
  const uniqueId = (id: string): string => {
    if (NCNAME.test(id) && !used.has(id)) return id;
    let generated: string;
    do generated = `c${++counter}`; while (used.has(generated) || entries.some((x) => x.id === generated));
    return generated;
  };
  for (const entry of entries) {
    const source = entry.source.trim();
    if (source === '') continue;
    const id = uniqueId(entry.id);
    used.add(id);
    out.push(`      <conceptEntry id="${a(id)}">`);
    if (entry.note.trim() !== '') out.push(`        <note>${e(entry.note.trim())}</note>`);
    out.push(`        <langSec xml:lang="${a(sourceLang)}">`, '          <termSec>', `            <term>${e(source)}</term>`);
    if (entry.partOfSpeech !== undefined && entry.partOfSpeech.trim() !== '') {
      out.push(`            <termNote type="partOfSpeech">${e(entry.partOfSpeech.trim())}</termNote>`);
    }
    if (entry.caseSensitive) out.push(`            <note>${CASE_SENSITIVE_NOTE}</note>`);
    out.push('          </termSec>', '        </langSec>');
    const targets = entry.targets.map((t) => t.trim()).filter((t) => t !== '');
    const forbidden = entry.forbidden.map((t) => t.trim()).filter((t) => t !== '');
    if (targets.length + forbidden.length > 0) {
      out.push(`        <langSec xml:lang="${a(targetLang)}">`);
      const termSec = (term: string, status: string): void => {
        out.push('          <termSec>', `            <term>${e(term)}</term>`);
        out.push(`            <termNote type="administrativeStatus">${status}</termNote>`, '          </termSec>');
      };
      targets.forEach((t, k) => termSec(t, k === 0 ? 'preferredTerm-admn-sts' : 'admittedTerm-admn-sts'));
      forbidden.forEach((t) => termSec(t, 'deprecatedTerm-admn-sts'));
      out.push('        </langSec>');
    }
    out.push('      </conceptEntry>');
  }
  out.push('    </body>', '  </text>', '</tbx>', '');
  return out.join('\n');
}

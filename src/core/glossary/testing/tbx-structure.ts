import { XMLValidator } from 'fast-xml-parser';
import { parseXmlSafely, type XmlElement } from '../../xml/reader.ts';
import { elements } from '../../xml/tree.ts';
import { GLOSSARY_XML_ERRORS, TBX_NAMESPACE } from '../tbx.ts';

/**
 * Explicit structural checks of a TBX v3 document against the TBX-Core structure (no RNG is
 * available offline): well-formedness, root `tbx` with type/style/xml:lang and the v3
 * namespace, tbxHeader/fileDesc/sourceDesc, text/body, conceptEntry@id (unique) with ≥1
 * langSec@xml:lang, each with ≥1 termSec holding exactly one non-empty term as its first child,
 * and in each termSec only term, termNote, note, descrip, descripGrp, admin, xref, ref or
 * transacGrp. Returns the list of problems (empty when the document passes).
 */
export function tbxStructureProblems(xml: string): string[] {
  const problems: string[] = [];
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed: ${wellFormed.err.msg}`];
  const root = parseXmlSafely(xml, GLOSSARY_XML_ERRORS);
  if (root.name !== 'tbx') problems.push(`root is ${root.name}`);
  for (const attr of ['type', 'style', 'xml:lang']) if (!root.attrs[attr]) problems.push(`tbx@${attr} missing`);
  if (root.attrs['xmlns'] !== TBX_NAMESPACE) problems.push('wrong namespace');
  if (!['dca', 'dct'].includes(root.attrs['style'] ?? '')) problems.push('style must be dca or dct');
  const header = only(root, 'tbxHeader', problems);
  const fileDesc = header && only(header, 'fileDesc', problems);
  if (fileDesc) only(fileDesc, 'sourceDesc', problems);
  const text = only(root, 'text', problems);
  const body = text && only(text, 'body', problems);
  const ids = new Set<string>();
  for (const concept of body ? elements(body) : []) {
    if (concept.name !== 'conceptEntry') { problems.push(`body contains ${concept.name}`); continue; }
    const id = concept.attrs['id'];
    if (!id) problems.push('conceptEntry without id');
    else if (ids.has(id)) problems.push(`duplicate id ${id}`);
    else ids.add(id);
    const langs = elements(concept, 'langSec');
    if (langs.length === 0) problems.push(`${id}: no langSec`);
    const kids = elements(concept).map((c) => c.name);
    if (kids.findIndex((k) => k === 'langSec') < kids.findLastIndex((k) => k !== 'langSec')) problems.push(`${id}: langSec before concept data`);
    for (const lang of langs) {
      if (!lang.attrs['xml:lang']) problems.push(`${id}: langSec without xml:lang`);
      const secs = elements(lang, 'termSec');
      if (secs.length === 0) problems.push(`${id}: langSec without termSec`);
      for (const sec of secs) checkTermSec(sec, `${id}`, problems);
    }
  }
  return problems;
}

const TERM_SEC_CHILDREN = new Set(['term', 'termNote', 'termNoteGrp', 'note', 'descrip', 'descripGrp', 'admin', 'adminGrp', 'xref', 'ref', 'transacGrp']);

function checkTermSec(sec: XmlElement, id: string, problems: string[]): void {
  const kids = elements(sec);
  if (kids[0]?.name !== 'term') problems.push(`${id}: termSec must start with term`);
  if (kids.filter((k) => k.name === 'term').length !== 1) problems.push(`${id}: termSec needs exactly one term`);
  for (const k of kids) if (!TERM_SEC_CHILDREN.has(k.local)) problems.push(`${id}: ${k.name} in termSec`);
  const termNotesEnd = kids.findLastIndex((k) => k.name === 'termNote');
  if (termNotesEnd >= 0 && kids.slice(1, termNotesEnd).some((k) => k.name !== 'termNote')) problems.push(`${id}: termNote after auxiliary info`);
}

function only(parent: XmlElement, name: string, problems: string[]): XmlElement | undefined {
  const found = elements(parent, name);
  if (found.length !== 1) problems.push(`${parent.name} needs exactly one ${name}`);
  return found[0];
}

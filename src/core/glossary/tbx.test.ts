import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from './model.ts';
import { exportTbx, importTbx } from './tbx.ts';
import { tbxStructureProblems } from './testing/tbx-structure.ts';
import { entry } from './testing/test-helpers.ts';
import { errorCode as codeOf } from '../model/testing/model-fixtures.ts';

const sample: GlossaryEntry[] = [
  entry('脱贫攻坚', { id: 'c1', targets: ['poverty alleviation', 'the fight against poverty'], forbidden: ['poverty attack'], note: 'Official CPC rendering.\nSecond line & <tags> "quoted"', partOfSpeech: 'noun' }),
  entry('GDP', { id: 'c2', targets: ['GDP'], caseSensitive: true }),
  entry('林西县', { id: 'c3', targets: ['Linxi County'] }),
  entry('𠮷野家', { id: 'c4' }),
];


describe('TBX export', () => {
  const xml = exportTbx(sample);

  it('writes a well-formed document with the TBX-Core structure', () => {
    expect(tbxStructureProblems(xml)).toEqual([]);
    expect(xml).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect(xml).toContain('<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>');
    expect(xml).toContain('<termNote type="partOfSpeech">noun</termNote>');
  });

  it('round-trips entries without loss', () => {
    const back = importTbx(xml);
    expect(back.skipped).toEqual([]);
    expect(back.entries).toEqual(sample);
    expect(exportTbx(back.entries)).toBe(xml);
  });

  it('replaces ids that are not NCNames or repeat, and skips empty sources', () => {
    const xml2 = exportTbx([entry('党建', { id: '1 bad' }), entry('党员', { id: 'c1' }), entry('党组织', { id: 'c1' }), entry(' ')]);
    expect(tbxStructureProblems(xml2)).toEqual([]);
    expect(importTbx(xml2).entries.map((e) => [e.id, e.source])).toEqual([['c2', '党建'], ['c1', '党员'], ['c3', '党组织']]);
  });

  it('uses the configured language tags', () => {
    const xml3 = exportTbx(sample, { sourceLang: 'zh-Hans', targetLang: 'en-GB' });
    expect(xml3).toContain('<langSec xml:lang="zh-Hans">');
    expect(importTbx(xml3).entries).toEqual(sample);
  });

  it('catches structural faults in the checker itself', () => {
    expect(tbxStructureProblems(xml.replace('<tbxHeader>', '<tbxHeader><fileDesc/>'))).not.toEqual([]);
    expect(tbxStructureProblems(xml.replace(' id="c1"', ''))).toContain('conceptEntry without id');
    expect(tbxStructureProblems(xml.replace('</tbx>', ''))[0]).toMatch(/not well-formed/);
  });
});

describe('TBX import', () => {
  it('reads foreign TBX-Basic with definitions, superseded terms and other languages', () => {
    const xml = `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
 <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
 <text><body>
  <conceptEntry id="k1">
   <descrip type="subjectField">Politics</descrip>
   <note> concept note </note>
   <langSec xml:lang="zh-TW"><termSec><term> 黨建 </term><termNote type="partOfSpeech">noun</termNote></termSec></langSec>
   <langSec xml:lang="fr"><termSec><term>construction du Parti</term></termSec></langSec>
   <langSec xml:lang="en-US">
    <descripGrp><descrip type="definition">ignored: target-side</descrip></descripGrp>
    <termSec><term>Party <hi>building</hi></term></termSec>
    <termSec><term>party construction</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec>
   </langSec>
  </conceptEntry>
  <conceptEntry id="k2"><langSec xml:lang="en"><termSec><term>orphan</term></termSec></langSec></conceptEntry>
 </body></text>
</tbx>`;
    expect(importTbx(xml)).toEqual({
      entries: [entry('黨建', { id: 'k1', targets: ['Party building'], forbidden: ['party construction'], note: 'concept note', partOfSpeech: 'noun' })],
      skipped: [{ conceptId: 'k2', reason: 'noSourceTerm' }],
    });
  });

  it('reads TBX v2 (martif, termEntry, langSet, tig/ntig) and ignores an external DOCTYPE', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en"><martifHeader/><text><body>
 <termEntry id="e1"><langSet xml:lang="zh"><tig><term>党员</term></tig></langSet>
  <langSet xml:lang="en"><ntig><termGrp><term>Party member</term></termGrp></ntig></langSet></termEntry>
</body></text></martif>`;
    expect(importTbx(xml).entries).toEqual([entry('党员', { id: 'e1', targets: ['Party member'] })]);
  });

  it('refuses a billion-laughs document without expanding it', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, k) => `<!ENTITY ${String.fromCharCode(98 + k)} "${`&${String.fromCharCode(97 + k)};`.repeat(10)}">`).join('')}]>
<tbx type="TBX-Basic" style="dca" xml:lang="en"><text><body><conceptEntry id="c"><note>&j;</note></conceptEntry></body></text></tbx>`;
    expect(codeOf(() => importTbx(bomb))).toBe('glossary:errors.xmlEntities');
  });

  it('refuses external entities (XXE)', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><tbx><text><body>&xxe;</body></text></tbx>`;
    expect(codeOf(() => importTbx(xxe))).toBe('glossary:errors.xmlEntities');
    expect(codeOf(() => importTbx('<tbx><!ENTITY x "y"></tbx>'))).toBe('glossary:errors.xmlEntities');
  });

  it('reports malformed XML and non-TBX roots as AppErrors', () => {
    expect(codeOf(() => importTbx('<tbx><text></tbx>'))).toBe('glossary:errors.xmlMalformed');
    expect(codeOf(() => importTbx('<xliff version="1.2"/>'))).toBe('glossary:errors.tbxNotTbx');
    expect(codeOf(() => importTbx(''))).toBe('glossary:errors.xmlMalformed');
  });
});

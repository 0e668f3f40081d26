import { describe, expect, it } from 'vitest';
import { parseCsv, parseJsonl, parseTsv } from './delimited.ts';
import { parseTmx } from './tmx.ts';
import { parseXliff } from './xliff.ts';
import { errorCode as codeOf } from '../model/testing/model-fixtures.ts';


const xxe = `<?xml version="1.0"?>
<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="zh-CN" datatype="plaintext"><body>
<trans-unit id="b1"><source>&xxe;</source></trans-unit></body></file></xliff>`;

const laughs = `<?xml version="1.0"?>
<!DOCTYPE tmx [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-CN" datatype="plaintext"/>
<body><tu><tuv xml:lang="zh-CN"><seg>&lol3;</seg></tuv></tu></body></tmx>`;

describe('hostile XML', () => {
  it('refuses XXE and billion laughs with an AppError, expanding nothing', () => {
    expect(codeOf(() => parseXliff(xxe))).toBe('export:errors.xmlDoctype');
    expect(codeOf(() => parseTmx(laughs))).toBe('export:errors.xmlDoctype');
    expect(codeOf(() => parseTmx(laughs.replace('<!DOCTYPE tmx [', '<!DOCTYPE tmx SYSTEM "x" [')))).toBe('export:errors.xmlDoctype');
  });
  it('rejects references to undeclared entities instead of passing them through', () => {
    const noDecl = '<tmx version="1.4"><header srclang="zh-CN"/><body><tu><tuv xml:lang="zh-CN"><seg>&xxe;</seg></tuv></tu></body></tmx>';
    expect(codeOf(() => parseTmx(noDecl))).toBe('export:errors.xmlEntity');
  });
  it('skips an external DOCTYPE without loading it', () => {
    const tmx = '<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "http://example.invalid/tmx14.dtd"><tmx version="1.4"><header srclang="zh-CN"/><body><tu><tuv xml:lang="zh-CN"><seg>甲</seg></tuv><tuv xml:lang="en"><seg>A</seg></tuv></tu></body></tmx>';
    expect(parseTmx(tmx).units).toEqual([{ source: '甲', target: 'A', notes: [] }]);
  });
  it('reports malformed input and wrong roots as AppErrors', () => {
    expect(codeOf(() => parseXliff('<xliff version="1.2"><file></xliff>'))).toBe('export:errors.malformedXml');
    expect(codeOf(() => parseXliff('<tmx version="1.4"/>'))).toBe('export:errors.notXliff');
    expect(codeOf(() => parseXliff('<xliff version="1.1"/>'))).toBe('export:errors.unsupportedXliffVersion');
    expect(codeOf(() => parseTmx('<xliff version="1.2"/>'))).toBe('export:errors.notTmx');
    expect(codeOf(() => parseJsonl('{"id":"b1"}\nnot json'))).toBe('export:errors.malformedRow');
    expect(codeOf(() => parseCsv('id,zh,en\r\nb1,"open'))).toBe('export:errors.malformedRow');
    expect(codeOf(() => parseTsv('id\tdocument\nb1\tx'))).toBe('export:errors.missingColumns');
  });
});

describe('foreign files', () => {
  it('reads XLIFF 1.2 from other tools: no Duizhao ids, inline codes dropped, marks kept, states mapped', () => {
    const xml = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="zh-CN" target-language="en-US" datatype="plaintext"><body>
<group><trans-unit id="42"><source>你<g id="1">好</g><x id="2"/></source><target state="needs-review-translation">Hel<mrk mtype="term">lo</mrk><ph id="3">{0}</ph></target></trans-unit></group>
<trans-unit id="43" approved="yes"><source>再见</source><target>Bye</target></trans-unit></body></file></xliff>`;
    const parsed = parseXliff(xml);
    expect(parsed.targetLang).toBe('en-US');
    expect(parsed.units).toEqual([
      { unitId: '42', source: '你好', target: 'Hello', status: 'draft', notes: [] },
      { unitId: '43', source: '再见', target: 'Bye', status: 'confirmed', notes: [] },
    ]);
  });
  it('reads XLIFF 2.1 with several segments per unit as one unit', () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="zh" trgLang="en"><file id="f"><unit id="u1">
<segment state="final"><source>甲。</source><target>A. </target></segment><ignorable><source> </source></ignorable><segment state="translated"><source>乙<cp hex="0001"/>。</source><target>B\u0020<pc id="p">b</pc>.</target></segment></unit></file></xliff>`;
    expect(parseXliff(xml).units).toEqual([{ unitId: 'u1', source: '甲。 乙\u0001。', target: 'A. B b.', status: 'draft', notes: [] }]);
  });
});

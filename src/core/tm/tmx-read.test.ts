import { describe, expect, it } from 'vitest';
import { readTmx } from './tmx-read.ts';
import { writeTmx } from './tmx-write.ts';
import { readTmFile } from './read-tm-file.ts';
import { showPlaceholders, type TmFileUnit } from './tm-unit.ts';

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-CN" datatype="plaintext"/>
<body>
<!-- a comment -->
<tu creationdate="20240131T120000Z" creationid="li"><prop type="x-origin-file">a.docx</prop>
  <tuv xml:lang="zh-CN"><seg>点击<bpt i="1">&lt;b&gt;</bpt>保存<ept i="1">&lt;/b&gt;</ept>按钮</seg></tuv>
  <tuv xml:lang="en"><seg>Click the <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> button</seg></tuv>
</tu>
<tu><tuv xml:lang="zh-CN"><seg>只有原文</seg></tuv></tu>
</body>
</tmx>`;

describe('readTmx', () => {
  it('keeps inline codes as placeholders, reads dates, users and props, skips one-sided TUs', () => {
    const file = readTmx(TMX);
    expect(file).toMatchObject({ sourceLang: 'zh-CN', targetLang: 'en', incomplete: 1 });
    const [u] = file.units;
    expect(showPlaceholders(u!.source)).toBe('点击⟨1⟩保存⟨2⟩按钮');
    expect(u!.sourceTags).toEqual(['<bpt i="1">&lt;b&gt;</bpt>', '<ept i="1">&lt;/b&gt;</ept>']);
    expect(u).toMatchObject({ createdAt: '2024-01-31T12:00:00Z', createdBy: 'li', originFile: 'a.docx' });
  });

  it('round-trips through writeTmx with the inline codes back in place', () => {
    const units = readTmx(TMX).units;
    let out = '';
    writeTmx(units, 'zh-CN', 'en', (c) => (out += c));
    expect(out).toContain('<seg>点击<bpt i="1">&lt;b&gt;</bpt>保存<ept i="1">&lt;/b&gt;</ept>按钮</seg>');
    const again = readTmx(out).units;
    expect(again).toEqual(units);
  });

  it('refuses malformed and truncated files with a line number, and DTD subsets', () => {
    const broken = TMX.replace('<seg>只有原文</seg>', '<seg>只有原文</sag>');
    expect(() => readTmx(broken)).toThrow(expect.objectContaining({ code: 'tm:errors.malformedTmx', details: expect.objectContaining({ line: 9 }) }));
    expect(() => readTmx(TMX.slice(0, TMX.indexOf('</body>')))).toThrow(expect.objectContaining({ code: 'tm:errors.malformedTmx' }));
    expect(() => readTmx('<html/>')).toThrow(expect.objectContaining({ code: 'tm:errors.notTmx' }));
    expect(() => readTmx('<!DOCTYPE tmx [<!ENTITY a "b">]>' + TMX)).toThrow(expect.objectContaining({ code: 'export:errors.xmlDoctype' }));
  });
});

describe('readTmFile', () => {
  it('reads two-column TSV with or without a header, and CSV', () => {
    expect(readTmFile('林西县\tLinxi County\n赤峰\tChifeng\n', 'tsv').units.map((u: TmFileUnit) => u.target)).toEqual(['Linxi County', 'Chifeng']);
    const withHeader = readTmFile('zh\ten\n林西县\tLinxi County\n', 'tsv');
    expect(withHeader).toMatchObject({ sourceLang: 'zh', targetLang: 'en' });
    expect(withHeader.units).toHaveLength(1);
    expect(readTmFile('source,target\n"林西县，赤峰","Linxi, Chifeng"\n', 'csv').units[0]).toMatchObject({ source: '林西县，赤峰', target: 'Linxi, Chifeng' });
  });
});

import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deflatedZeros, docx, documentXml, heading, listItem, para, rawZip, style, table, textBox } from './testing/docx-builder.ts';
import { importDocx } from './import-docx.ts';
import { errorCode } from '../../model/testing/model-fixtures.ts';

const blocks = (bytes: Uint8Array) => importDocx(bytes, { repairPunctuation: false }).paragraphs.map((b) => [b.kind, b.text]);


describe('importDocx structure', () => {
  it('reads paragraphs, headings by style id and style name, and list items by numbering', () => {
    const bytes = docx(
      [
        heading('文档标题', 'Title'),
        heading('第一章'),
        heading('第一节', '2'),
        heading('自定义', 'MyHeading'),
        para('正文段落。'),
        listItem('列表项'),
        listItem('取消编号', 0),
        heading('引文', 'Quote'),
        heading('图 1', 'Caption'),
        para('大纲级别', '<w:outlineLvl w:val="1"/>'),
      ],
      { styles: [style('2', '标题 2'), style('Base', 'heading 3'), style('MyHeading', 'My heading', '<w:basedOn w:val="Base"/>'), style('Quote', 'Quote'), style('Caption', 'caption')] },
    );
    expect(blocks(bytes)).toEqual([
      ['heading', '文档标题'],
      ['heading', '第一章'],
      ['heading', '第一节'],
      ['heading', '自定义'],
      ['body', '正文段落。'],
      ['list-item', '列表项'],
      ['body', '取消编号'],
      ['quote', '引文'],
      ['caption', '图 1'],
      ['heading', '大纲级别'],
    ]);
    expect(importDocx(bytes).layout.format).toBe('docx');
  });

  it('reads tables cell by cell, nested tables after their cell', () => {
    const bytes = docx([table([['甲', ['<w:p><w:r><w:t>乙一</w:t></w:r></w:p>', para('乙二')]], ['', [para('丙'), table([['内']])]]])]);
    expect(blocks(bytes)).toEqual([
      ['body', '甲'],
      ['body', '乙一乙二'],
      ['body', '丙'],
      ['body', '内'],
    ]);
  });

  it('handles breaks, tabs, hyperlinks and entities; ignores deletions, field codes and footnote marks', () => {
    const content =
      '<w:hyperlink r:id="rId1"><w:r><w:t>链接</w:t></w:r></w:hyperlink>' +
      '<w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>A &amp; B &lt;c&gt;</w:t></w:r>';
    const bytes = docx([para('', '', content), para('第一行\n第二行'), para('Line one\nline two\tend')]);
    expect(blocks(bytes)).toEqual([
      ['body', '链接7A & B <c>'],
      ['body', '第一行第二行'],
      ['body', 'Line one line two end'],
    ]);
  });

  it('reads a text box once (not its VML fallback copy), after the anchor paragraph', () => {
    expect(blocks(docx([textBox('锚段落', [para('框内文字')]), para('后文')]))).toEqual([
      ['body', '锚段落'],
      ['body', '框内文字'],
      ['body', '后文'],
    ]);
  });

  it('applies punctuation repair and counts it', () => {
    const result = importDocx(docx([para('我们,你们')]));
    expect(result.paragraphs[0]?.text).toBe('我们，你们');
    expect(result.punctuationRepairs).toBe(1);
  });
});

describe('importDocx hostile input', () => {
  it('rejects a truncated zip and bytes that are not a zip', () => {
    const whole = docx([para('正文')]);
    expect(errorCode(() => importDocx(whole.subarray(0, Math.floor(whole.length / 2))))).toBe('import:errors.corruptDocx');
    expect(errorCode(() => importDocx(whole.subarray(0, whole.length - 10)))).toBe('import:errors.corruptDocx');
    expect(errorCode(() => importDocx(strToU8('PK\u0003\u0004 not really a zip')))).toBe('import:errors.corruptDocx');
  });

  it('rejects a package without word/document.xml or with damaged compressed data', () => {
    expect(errorCode(() => importDocx(rawZip([{ name: 'other.xml', data: strToU8('<a/>'), method: 0, declaredSize: 4 }])))).toBe(
      'import:errors.corruptDocx',
    );
    const garbage = new Uint8Array(64).fill(0xff);
    expect(errorCode(() => importDocx(rawZip([{ name: 'word/document.xml', data: garbage, method: 8, declaredSize: 100 }])))).toBe(
      'import:errors.corruptDocx',
    );
  });

  it('refuses a DOCTYPE (entity expansion) instead of expanding it', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    const xml = `${laughs}${documentXml([para('&b;')]).replace(/^<\?xml[^>]*\?>/, '')}`;
    expect(errorCode(() => importDocx(docx([], { parts: { 'word/document.xml': xml } })))).toBe('import:errors.corruptDocx');
  });

  it('stops a zip bomb that lies about its size after inflating only a little', () => {
    const bomb = rawZip([{ name: 'word/document.xml', data: deflatedZeros(32 * 1024 * 1024), method: 8, declaredSize: 10_000 }]);
    expect(errorCode(() => importDocx(bomb))).toBe('import:errors.zipBomb');
  });

  it('refuses an honest bomb by its declared ratio and a package over the total limit', () => {
    const zeros = deflatedZeros(32 * 1024 * 1024);
    const honest = rawZip([{ name: 'word/document.xml', data: zeros, method: 8, declaredSize: 32 * 1024 * 1024 }]);
    expect(errorCode(() => importDocx(honest))).toBe('import:errors.zipBomb');
    const normal = docx([para('正文'.repeat(500))]);
    expect(errorCode(() => importDocx(normal, { zipLimits: { maxTotalBytes: 1000, maxRatio: 200 } }))).toBe('import:errors.zipBomb');
  });
});

import { describe, expect, it } from 'vitest';
import { importHtml, looksLikeHtml } from './import-html.ts';

/** Wraps body markup in a minimal document with a head that must not leak into the text. */
const page = (body: string): string =>
  `<!DOCTYPE html><html><head><title>标题栏</title><style>p{color:red}</style><script>var x = "<p>不</p>";</script></head><body>${body}</body></html>`;
const blocks = (html: string) => importHtml(html, { repairPunctuation: false }).paragraphs.map((b) => [b.kind, b.text]);

describe('importHtml', () => {
  it('maps headings, paragraphs, list items, quotes and captions', () => {
    const html = page(
      '<h1>第一章</h1><p>正文<b>加粗</b>。</p><div>块文字</div><ul><li>项目一</li><li>项目<em>二</em></li></ul>' +
        '<blockquote><p>引用段落</p></blockquote><figure><img src="a.png" alt="插图说明"><figcaption>图 1 说明</figcaption></figure>',
    );
    expect(blocks(html)).toEqual([
      ['heading', '第一章'],
      ['body', '正文加粗。'],
      ['body', '块文字'],
      ['list-item', '项目一'],
      ['list-item', '项目二'],
      ['quote', '引用段落'],
      ['caption', '图 1 说明'],
    ]);
    expect(importHtml(html).dropped).toEqual([{ reason: 'markup', text: '插图说明' }]);
  });

  it('strips script, style, template, noscript and head content', () => {
    const html = page('<script>alert("x")</script><template><p>模板</p></template><noscript>无脚本</noscript><p>只有这段</p>');
    expect(blocks(html)).toEqual([['body', '只有这段']]);
  });

  it('decodes entities and collapses whitespace, joining CJK source lines without a space', () => {
    const html = page('<p>  中文\n   换行&nbsp;和&amp;&lt;tag&gt;&#x4E2D;  </p><p>English\n  words  here</p>');
    expect(blocks(html)).toEqual([
      ['body', '中文换行 和&<tag>中'],
      ['body', 'English words here'],
    ]);
  });

  it('treats <br> as a line break inside the paragraph', () => {
    expect(blocks('<p>第一行<br>第二行</p><p>line one<br/>line two</p>')).toEqual([
      ['body', '第一行第二行'],
      ['body', 'line one line two'],
    ]);
  });

  it('keeps hostile markup as inert text and drops event handlers', () => {
    const result = importHtml('<p><img src=x onerror="alert(1)">安全<iframe src="javascript:alert(2)">框架</iframe></p>');
    expect(result.paragraphs).toEqual([{ kind: 'body', text: '安全' }]);
  });

  it('handles unclosed tags and a missing head close', () => {
    expect(blocks('<html><head><meta charset="utf-8"><link rel="x"><body><p>一<p>二<li>三')).toEqual([
      ['body', '一'],
      ['body', '二'],
      ['list-item', '三'],
    ]);
  });

  it('recognises HTML documents by their start', () => {
    expect(looksLikeHtml('\ufeff  <!-- c --><!doctype HTML><p>')).toBe(true);
    expect(looksLikeHtml('<html lang="zh">')).toBe(true);
    expect(looksLikeHtml('正文 <html>')).toBe(false);
    expect(looksLikeHtml('<htmlx>')).toBe(false);
  });
});

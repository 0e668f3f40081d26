import { describe, expect, it } from 'vitest';
import { AppError } from '../../model/index.ts';
import { importMarkdown } from './import-markdown.ts';

/** Joins Markdown source lines. */
const md = (...lines: string[]): string => lines.join('\n');
const blocks = (source: string) => importMarkdown(source, { repairPunctuation: false }).paragraphs.map((b) => [b.kind, b.text]);

describe('importMarkdown blocks', () => {
  it('reads ATX and setext headings, paragraphs, lists and quotes', () => {
    const source = md(
      '# 第一章 ##',
      '',
      '正文第一行',
      '正文第二行。',
      '',
      'Setext title',
      '============',
      '',
      'Second level',
      '---',
      '',
      '- 项目一',
      '  继续',
      '* 项目二',
      '1. 有序',
      '2) 有序二',
      '- [x] 任务',
      '',
      '> 引用一',
      '> 引用二',
      '>',
      '> # 引用里的标题',
    );
    expect(blocks(source)).toEqual([
      ['heading', '第一章'],
      ['body', '正文第一行正文第二行。'],
      ['heading', 'Setext title'],
      ['heading', 'Second level'],
      ['list-item', '项目一继续'],
      ['list-item', '项目二'],
      ['list-item', '有序'],
      ['list-item', '有序二'],
      ['list-item', '任务'],
      ['quote', '引用一引用二'],
      ['quote', '引用里的标题'],
    ]);
  });

  it('drops front matter, fenced code, comments, raw script and link definitions', () => {
    const source = md(
      '---',
      'title: 标题',
      '---',
      '正文。',
      '',
      '```js',
      'const x = 1;',
      '```',
      '',
      '<!-- a',
      'comment -->',
      '<script>',
      'alert(1)',
      '</script>',
      '[ref]: https://example.com',
      '',
      '***',
      '结尾。',
    );
    const result = importMarkdown(source, { repairPunctuation: false });
    expect(result.paragraphs.map((b) => b.text)).toEqual(['正文。', '结尾。']);
    expect(result.dropped.map((d) => [d.reason, d.text])).toEqual([
      ['markup', '---\ntitle: 标题\n---'],
      ['markup', 'const x = 1;'],
    ]);
  });

  it('reads GFM table cells as separate blocks', () => {
    expect(blocks(md('| 姓名 | 年龄 |', '|:---|---:|', '| 张三 | 三十 |'))).toEqual([
      ['body', '姓名'],
      ['body', '年龄'],
      ['body', '张三'],
      ['body', '三十'],
    ]);
  });

  it('reports format markdown and throws noParagraphs for markup only', () => {
    expect(importMarkdown('正文').layout.format).toBe('markdown');
    expect(() => importMarkdown(md('```', 'code', '```', '![only](x.png)'))).toThrow(AppError);
  });
});

describe('importMarkdown inline markup', () => {
  it('strips emphasis, links, code spans and HTML tags, and drops images', () => {
    const source = '**粗体**和*斜体*、_下划线_、~~删除~~，[链接文字](https://x.cn "t")，`a*b*c`，<span class="x">标签</span>![图片说明](p.png)。';
    const result = importMarkdown(source, { repairPunctuation: false });
    expect(result.paragraphs[0]?.text).toBe('粗体和斜体、下划线、删除，链接文字，a*b*c，标签。');
    expect(result.dropped).toEqual([{ reason: 'markup', text: '图片说明' }]);
  });

  it('keeps escaped characters, snake_case words and decodes entities', () => {
    expect(blocks('\\*不是强调\\* snake_case_name &amp; &lt;b&gt;')).toEqual([['body', '*不是强调* snake_case_name & <b>']]);
  });

  it('keeps nested emphasis and footnote marks out of the text', () => {
    expect(blocks('**外层*内层*外层**正文[^1]。')).toEqual([['body', '外层内层外层正文。']]);
  });

  it('stays linear on paragraphs full of unmatched markers', () => {
    // Openers with no closer: a backtracking pattern would rescan to the end from each of them.
    const hostile = '[a <!-- '.repeat(1000).concat('**a '.repeat(1000), '_b '.repeat(1000), '。');
    expect(blocks(hostile)).toEqual([['body', hostile]]);
  });

  it('never lets HTML through as markup', () => {
    const text = blocks('<div onclick="x()"><b>粗</b><img src=x onerror=alert(1)>文</div>')[0]?.[1] ?? '';
    expect(text).toBe('粗文');
  });
});

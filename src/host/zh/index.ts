import type { ZhLexicon, ZhSegmenter } from '../../core/zh/index.ts';
import { loadLexicon } from './cedict.ts';
import { loadJieba } from './jieba.ts';

export { cedictDataPath, loadLexicon, readCedictRows } from './cedict.ts';
export { loadJieba } from './jieba.ts';

/** The Chinese toolkit the aligner and reading aids need: dictionary plus segmenter. */
export interface ZhToolkit {
  readonly lexicon: ZhLexicon;
  readonly segment: ZhSegmenter;
}

/** Loads (once per process, lazily) CC-CEDICT and jieba together. */
export async function loadZhToolkit(): Promise<ZhToolkit> {
  const [lexicon, segment] = await Promise.all([loadLexicon(), loadJieba()]);
  return { lexicon, segment };
}

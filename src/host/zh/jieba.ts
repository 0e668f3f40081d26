import type { ZhSegmenter } from '../../core/zh/index.ts';

let segmenter: Promise<ZhSegmenter> | undefined;

/**
 * The process-wide jieba segmenter (`jieba-wasm`, its Node build: WebAssembly, no native module),
 * imported on first use. HMM is on so unknown names become words instead of single characters.
 * The first cut builds jieba's dictionary (about a second); later cuts are fast.
 */
export function loadJieba(): Promise<ZhSegmenter> {
  segmenter ??= import('jieba-wasm').then((jieba) => (text: string) => (text === '' ? [] : jieba.cut(text, true)));
  return segmenter;
}

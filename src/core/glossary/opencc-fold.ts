import { Converter } from 'opencc-js/t2cn';
import { foldFromConverter, type CharFold } from './fold.ts';

/**
 * A traditional → simplified per-character fold built from OpenCC's Taiwan-to-mainland tables
 * (so 脫貧攻堅 matches 脱贫攻坚). Building it converts every BMP Han character once (tens of
 * milliseconds); call it once and reuse the result. Kept out of index.ts so the OpenCC tables
 * are only loaded by code that imports this module (e.g. lazily, when the option is enabled).
 */
export function createTraditionalToSimplifiedFold(): CharFold {
  return foldFromConverter(Converter({ from: 'tw', to: 'cn' }));
}

import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/model/index.ts';
import { chineseScore, decodeText } from './decode.ts';
import { encodeLegacy } from './testing/legacy-encoder.ts';

const SIMPLIFIED = '我们在这个国家的发展中，看到了时代的变化。他说：“这是一个新的开始。”';
const TRADITIONAL = '我們在這個國家的發展中，看到了時代的變化。他說：「這是一個新的開始。」';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = [...(bom ? '\ufeff' : ''), ...text].flatMap((ch) => {
    const code = ch.charCodeAt(0);
    return littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
  });
  return new Uint8Array(units);
}

function errorCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? `${error.code} ${String(error.details.name)}` : `not an AppError: ${String(error)}`;
  }
  return 'no error';
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText('a.txt', new TextEncoder().encode(SIMPLIFIED))).toEqual({ text: SIMPLIFIED, encoding: 'utf-8', invalidBytes: 0 });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('甲')]);
    expect(decodeText('a.txt', withBom)).toEqual({ text: '甲', encoding: 'utf-8', invalidBytes: 0 });
  });

  it('reads UTF-16 by BOM in both byte orders, and BOM-less UTF-16LE by its NUL pattern', () => {
    expect(decodeText('a.txt', utf16(SIMPLIFIED, true, true))).toEqual({ text: SIMPLIFIED, encoding: 'utf-16le', invalidBytes: 0 });
    expect(decodeText('a.txt', utf16(SIMPLIFIED, false, true))).toEqual({ text: SIMPLIFIED, encoding: 'utf-16be', invalidBytes: 0 });
    const ascii = 'Plain English text, stored as UTF-16 without a byte order mark.';
    expect(decodeText('a.txt', utf16(ascii, true, false))).toEqual({ text: ascii, encoding: 'utf-16le', invalidBytes: 0 });
  });

  it('tells GBK from Big5', () => {
    expect(decodeText('a.txt', encodeLegacy('gbk', SIMPLIFIED))).toEqual({ text: SIMPLIFIED, encoding: 'gb18030', invalidBytes: 0 });
    expect(decodeText('a.txt', encodeLegacy('big5', TRADITIONAL))).toEqual({ text: TRADITIONAL, encoding: 'big5', invalidBytes: 0 });
  });

  it('tells them apart on short mixed text too', () => {
    const gbk = `Chapter 1 ${SIMPLIFIED.slice(0, 12)}`;
    const big5 = `Chapter 1 ${TRADITIONAL.slice(0, 12)}`;
    expect(decodeText('a.txt', encodeLegacy('gbk', gbk)).text).toBe(gbk);
    expect(decodeText('a.txt', encodeLegacy('big5', big5)).text).toBe(big5);
  });

  it('scores real Chinese above mojibake', () => {
    const mojibake = new TextDecoder('big5').decode(encodeLegacy('gbk', SIMPLIFIED));
    expect(chineseScore(SIMPLIFIED)).toBeGreaterThan(chineseScore(mojibake));
  });

  it('rejects binary junk: NUL bytes, control characters, bytes no encoding accepts', () => {
    const withNul = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expect(errorCode(() => decodeText('image.txt', withNul))).toBe('import:errors.notText image.txt');
    const controls = new Uint8Array(200).map((_, i) => (i % 5 === 0 ? 0x01 : 0x41));
    expect(errorCode(() => decodeText('c.txt', controls))).toBe('import:errors.notText c.txt');
    const invalid = new Uint8Array([0x41, 0xff, 0xfe, 0xff, 0x80, 0xff]);
    expect(errorCode(() => decodeText('bad.txt', invalid))).toBe('import:errors.notText bad.txt');
  });

  it('rejects a BOM followed by bytes invalid in that encoding', () => {
    expect(errorCode(() => decodeText('b.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0xff, 0xff])))).toBe('import:errors.notText b.txt');
  });
});

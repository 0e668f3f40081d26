import { describe, expect, it } from 'vitest';
import { countInvalidUtf8, decodeText } from './decode.ts';
import { importFile } from './import-file.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const PROSE = '林西县推进脱贫攻坚，成效显著。全县干部群众齐心协力，修路、引水、建学校。\n\n';

describe('damaged UTF-8 (issue 20, item 3)', () => {
  it('reads a UTF-8 file cut inside its last character as UTF-8, not GB18030 mojibake, and counts the cut', () => {
    const whole = utf8(PROSE.repeat(20) + '最后一个字');
    const cut = whole.subarray(0, whole.length - 1);
    const decoded = decodeText('cut.txt', cut);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.startsWith(PROSE.repeat(20))).toBe(true);
    expect(decoded.text.endsWith('最后一个\uFFFD')).toBe(true);
    expect(decoded.invalidBytes).toBe(1);
  });
  it('reads UTF-8 with a stray 0xFF as UTF-8 with one replacement character, and the import preview says so', async () => {
    const text = utf8(PROSE.repeat(10));
    const at = utf8(PROSE).length * 3 + 6; // between two characters of the fourth paragraph
    const bytes = new Uint8Array(text.length + 1);
    bytes.set(text.subarray(0, at));
    bytes[at] = 0xff;
    bytes.set(text.subarray(at), at + 1);
    const result = await importFile('stray.txt', bytes);
    expect(result.layout.encoding).toBe('utf-8');
    expect(result.layout.invalidBytes).toBe(1);
    expect(result.paragraphs.map((p) => p.text).join('')).toContain('\uFFFD');
  });
  it('refuses bytes that decode as GB18030 but do not read like Chinese', () => {
    // Latin-1 accented words: every high byte pair is valid GB18030, none is common Chinese.
    const latin1 = new Uint8Array([...'Caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve fa\xe7ade. '.repeat(40)].map((c) => c.charCodeAt(0)));
    expect(() => decodeText('latin1.txt', latin1)).toThrow(expect.objectContaining({ code: 'import:errors.notText' }));
  });
  it('counts invalid UTF-8 bytes by maximal subparts', () => {
    expect(countInvalidUtf8(utf8('中文'))).toBe(0);
    expect(countInvalidUtf8(new Uint8Array([0xe4, 0xb8]))).toBe(1);
    expect(countInvalidUtf8(new Uint8Array([0xff, 0x41, 0xc0, 0xaf, 0xed, 0xa0, 0x80]))).toBe(6);
  });
});

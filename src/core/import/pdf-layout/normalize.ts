/**
 * CJK Radicals Supplement (U+2E80–U+2EFF) code points that PDF fonts map ordinary characters to,
 * with the unified ideograph they stand for (after Unicode's EquivalentUnifiedIdeograph data).
 * NFKC leaves this block alone, so without the table 西 comes back as ⻄. Radicals with no
 * clear everyday equivalent are deliberately left out.
 */
const RADICALS: Readonly<Record<string, string>> = {
  '\u2E81': '厂', '\u2E83': '乚', '\u2E85': '亻', '\u2E86': '冂', '\u2E89': '刂', '\u2E8A': '卜',
  '\u2E8C': '小', '\u2E90': '尢', '\u2E92': '巳', '\u2E93': '幺', '\u2E94': '彑', '\u2E95': '彐',
  '\u2E96': '忄', '\u2E97': '心', '\u2E98': '扌', '\u2E99': '攵', '\u2E9B': '旡', '\u2E9C': '日',
  '\u2E9D': '月', '\u2E9E': '歺', '\u2E9F': '母', '\u2EA0': '民', '\u2EA1': '氵', '\u2EA3': '灬',
  '\u2EA4': '爫', '\u2EA5': '爫', '\u2EA6': '丬', '\u2EA8': '犭', '\u2EA9': '王', '\u2EAB': '罒',
  '\u2EAC': '示', '\u2EAD': '礻', '\u2EAE': '竹', '\u2EB2': '罒', '\u2EB9': '耂', '\u2EBE': '艹',
  '\u2EBF': '艹', '\u2EC0': '艹', '\u2EC1': '虎', '\u2EC2': '衤', '\u2EC3': '覀', '\u2EC4': '西',
  '\u2EC5': '见', '\u2EC6': '角', '\u2EC8': '讠', '\u2EC9': '贝', '\u2ECB': '车', '\u2ECC': '辶',
  '\u2ECD': '辶', '\u2ECE': '辶', '\u2ECF': '阝', '\u2ED0': '钅', '\u2ED1': '長', '\u2ED2': '镸',
  '\u2ED3': '长', '\u2ED4': '门', '\u2ED6': '阝', '\u2ED7': '雨', '\u2ED8': '青', '\u2ED9': '韦',
  '\u2EDA': '页', '\u2EDB': '风', '\u2EDC': '飞', '\u2EDD': '食', '\u2EDF': '飠', '\u2EE0': '饣',
  '\u2EE2': '马', '\u2EE3': '骨', '\u2EE4': '鬼', '\u2EE5': '鱼', '\u2EE6': '鸟', '\u2EE7': '卤',
  '\u2EE8': '麦', '\u2EE9': '黄', '\u2EEA': '黾', '\u2EEB': '斉', '\u2EEC': '齐', '\u2EED': '歯',
  '\u2EEE': '齿', '\u2EEF': '竜', '\u2EF0': '龙', '\u2EF1': '龜', '\u2EF2': '亀', '\u2EF3': '龟',
};

/**
 * Characters NFKC would fold but that are real typography in Chinese text and must survive:
 * full-width punctuation and letters (，：；！？（）), the ideographic space, the ellipsis,
 * and circled or parenthesised numbers used as list markers.
 */
function keepAsIs(cp: number): boolean {
  return (
    cp === 0x3000 ||
    cp === 0x2026 ||
    cp === 0x2025 ||
    (cp >= 0xff01 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x2460 && cp <= 0x24ff) ||
    (cp >= 0x3200 && cp <= 0x32ff)
  );
}

/**
 * Matches a character that may need work: anything except ASCII, common punctuation (dashes,
 * quotes, ellipsis, 、。《》「」), CJK Unified Ideographs and the full-width forms kept as is.
 * Most items of Chinese or English text match nothing and are returned untouched (fast path).
 */
const NEEDS_WORK = /[^\t\n\r -\x9f\u2013\u2014\u2018-\u201d\u2026\u3000-\u3002\u3008-\u3011\u4e00-\u9fff\uff01-\uff60]/;

/**
 * Normalises text extracted from a PDF: NFKC for compatibility characters (Kangxi radicals,
 * CJK compatibility ideographs, ligatures such as ﬁ, no-break spaces) plus the CJK Radicals
 * Supplement table above. Full-width punctuation is exempt from NFKC, which would otherwise turn
 * Chinese ，（） into ASCII. Soft hyphens are removed. Pure and length-changing.
 */
export function normalizePdfText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const mapped = RADICALS[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0xad) continue;
    // ASCII and the CJK Unified Ideographs block are NFKC-stable: skip the costly call for them.
    if (cp < 0xa0 || (cp >= 0x4e00 && cp <= 0x9fff) || keepAsIs(cp)) out += ch;
    else out += ch.normalize('NFKC');
  }
  return out;
}

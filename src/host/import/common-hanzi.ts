/**
 * The most frequent Chinese characters in simplified and in traditional form, plus full-width
 * punctuation. Real Chinese text is made of these for a large share of its characters, while
 * GBK bytes read as Big5 (or the reverse) give rare characters, so a decoding that yields many
 * of them is the right one.
 */
const SIMPLIFIED =
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加';
const TRADITIONAL =
  '這個們來為國說時會對於著過發後裡處樣與長機關點業將兩間問從現當沒動還進開見產體軍實種經麼學應戰頭從線邊電話讓東書';
const PUNCTUATION = '，。、“”‘’：；？！《》（）—…';

/** Set of frequent hanzi (both scripts) and CJK punctuation used to score candidate decodings. */
export const COMMON_CHINESE: ReadonlySet<string> = new Set([...SIMPLIFIED, ...TRADITIONAL, ...PUNCTUATION]);

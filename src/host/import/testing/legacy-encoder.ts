/**
 * Test helper: encodes text as GBK/GB18030 or Big5 by inverting the platform's TextDecoder over
 * every two-byte code (Node has no legacy encoders). ASCII passes through; characters the
 * encoding lacks throw, so a test cannot silently encode something else.
 */
const tables = new Map<string, Map<string, number[]>>();

function table(label: string): Map<string, number[]> {
  const cached = tables.get(label);
  if (cached) return cached;
  const decoder = new TextDecoder(label, { fatal: true });
  const map = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if ([...ch].length === 1 && !map.has(ch)) map.set(ch, [lead, trail]);
      } catch {
        // not a valid pair in this encoding
      }
    }
  }
  tables.set(label, map);
  return map;
}

/** Encodes `text` in `label` (`gbk`, `gb18030` two-byte range, or `big5`). */
export function encodeLegacy(label: string, text: string): Uint8Array {
  const map = table(label);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const bytes = map.get(ch);
    if (!bytes) throw new Error(`${label} cannot encode ${ch}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}

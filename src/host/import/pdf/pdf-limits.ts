import { inflateSync, constants } from 'node:zlib';
import { LIMITS, limitError } from '../../../core/limits/index.ts';

/** What {@link precheckPdf} measured (for tests and the hostile-input table). */
export interface PdfPrecheck {
  readonly inflatedBytes: number;
  readonly streams: number;
  /** Text-showing operators summed over every page's content references. */
  readonly documentTextOps: number;
  /** Worst-case form XObject draws on one page (see {@link precheckPdf}). */
  readonly xobjectEstimate: number;
}

interface StreamFacts {
  textOps: number;
  doOps: number;
  form: boolean;
}

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');
const OBJ_HEADER = /(\d+)\s+\d+\s+obj\b/gu;
const CONTENTS_REF = /\/Contents\s*(?:(\d+)\s+\d+\s+R|\[([^\]]*)\])/gu;
const REF = /(\d+)\s+\d+\s+R/gu;

/** Counts text-showing operators (Tj, TJ, ', ") and XObject draws (Do) in content-stream bytes. */
function countOps(data: Buffer): { textOps: number; doOps: number } {
  let textOps = 0;
  let doOps = 0;
  for (let i = 1; i < data.length; i++) {
    const c = data[i] as number;
    const prev = data[i - 1] as number;
    const next = data[i + 1] ?? 0x20;
    const delimitedAfter = next <= 0x20 || next === 0x2f || next === 0x5b || next === 0x28 || next === 0x3c;
    if (!delimitedAfter) continue;
    if (prev === 0x54 && (c === 0x6a || c === 0x4a)) textOps++;
    else if (prev === 0x44 && c === 0x6f) doOps++;
    else if ((c === 0x27 || c === 0x22) && (prev <= 0x20 || prev === 0x29 || prev === 0x3e)) textOps++;
  }
  return { textOps, doOps };
}

/**
 * A linear pass over a PDF's raw bytes before pdfjs sees it, so the costly cases are refused in
 * well under a second instead of after minutes of parsing: every FlateDecode stream is inflated
 * with a byte budget ({@link LIMITS.decompressedBytes} in total: flate bombs stop at the budget);
 * each content stream's text operators are counted ({@link LIMITS.operatorsPerPage}); the counts
 * are summed over every page's `/Contents` reference, so 20,000 pages sharing one huge stream
 * are seen as the work they are ({@link LIMITS.operatorsPerDocument}); and form XObject fan-out
 * is bounded by a worst-case estimate (draws on a page × draws per form ^ forms that draw,
 * {@link LIMITS.xobjectExpansions}). Damaged streams are skipped (pdfjs reports damage itself).
 * Throws `limits:errors.*`. Heuristic by design: names are not resolved, so the estimates are
 * upper bounds; the page and operator limits are checked again on what pdfjs actually returns.
 */
export function precheckPdf(bytes: Uint8Array): PdfPrecheck {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const facts = new Map<number, StreamFacts>();
  const dictTexts: string[] = [];
  let inflatedBytes = 0;
  let streams = 0;
  let pos = 0;
  let lastObjEnd = 0;
  for (let at = buf.indexOf(STREAM, pos); at >= 0; at = buf.indexOf(STREAM, pos)) {
    pos = at + STREAM.length;
    if (at >= 3 && buf.toString('latin1', at - 3, at) === 'end') continue;
    let start = pos;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    const end = buf.indexOf(ENDSTREAM, start);
    if (end < 0) break;
    // The dictionary and object number: the text since the last stream's end, last `N 0 obj` in it.
    dictTexts.push(buf.toString('latin1', lastObjEnd, at));
    const head = buf.toString('latin1', Math.max(lastObjEnd, at - 4096), at);
    let objNum = -1;
    let dictStart = 0;
    OBJ_HEADER.lastIndex = 0;
    for (let m = OBJ_HEADER.exec(head); m; m = OBJ_HEADER.exec(head)) {
      objNum = Number(m[1]);
      dictStart = m.index;
    }
    const dict = head.slice(dictStart);
    let data = buf.subarray(start, end);
    streams++;
    if (dict.includes('/FlateDecode')) {
      const budget = LIMITS.decompressedBytes - inflatedBytes;
      try {
        data = inflateSync(data, { maxOutputLength: budget + 1, finishFlush: constants.Z_SYNC_FLUSH });
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw limitError('decompressedBytes', LIMITS.decompressedBytes + 1);
        }
        data = Buffer.alloc(0);
      }
      inflatedBytes += data.length;
      if (inflatedBytes > LIMITS.decompressedBytes) throw limitError('decompressedBytes', inflatedBytes);
    }
    pos = end + ENDSTREAM.length;
    lastObjEnd = pos;
    if (/\/Type\s*\/ObjStm/u.test(dict)) {
      dictTexts.push(data.toString('latin1'));
      continue;
    }
    if (/\/Subtype\s*\/Image|\/Length1|\/Type\s*\/XRef|\/Type\s*\/Metadata/u.test(dict)) continue;
    const { textOps, doOps } = countOps(data);
    if (textOps > LIMITS.operatorsPerPage) throw limitError('operatorsPerPage', textOps);
    if (objNum >= 0) facts.set(objNum, { textOps, doOps, form: /\/Subtype\s*\/Form/u.test(dict) });
  }
  dictTexts.push(buf.toString('latin1', lastObjEnd));

  let documentTextOps = 0;
  let pageDo = 0;
  for (const text of dictTexts) {
    CONTENTS_REF.lastIndex = 0;
    for (let m = CONTENTS_REF.exec(text); m; m = CONTENTS_REF.exec(text)) {
      const refs = m[1] !== undefined ? [Number(m[1])] : [...(m[2] ?? '').matchAll(REF)].map((r) => Number(r[1]));
      let pageText = 0;
      let draws = 0;
      for (const ref of refs) {
        pageText += facts.get(ref)?.textOps ?? 0;
        draws += facts.get(ref)?.doOps ?? 0;
      }
      if (pageText > LIMITS.operatorsPerPage) throw limitError('operatorsPerPage', pageText);
      documentTextOps += pageText;
      if (documentTextOps > LIMITS.operatorsPerDocument) throw limitError('operatorsPerDocument', documentTextOps);
      pageDo = Math.max(pageDo, draws);
    }
  }
  let formDo = 0;
  let drawingForms = 0;
  for (const f of facts.values()) {
    if (!f.form || f.doOps === 0) continue;
    formDo = Math.max(formDo, f.doOps);
    drawingForms++;
  }
  let xobjectEstimate = pageDo;
  for (let k = 0; k < drawingForms && xobjectEstimate <= LIMITS.xobjectExpansions; k++) xobjectEstimate *= formDo;
  if (xobjectEstimate > LIMITS.xobjectExpansions) throw limitError('xobjectExpansions', xobjectEstimate);
  return { inflatedBytes, streams, documentTextOps, xobjectEstimate };
}

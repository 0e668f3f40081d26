/** What goes on the single page of a {@link minimalPdf}. */
export interface MinimalPage {
  /** Chinese text set in the non-embedded Adobe-GB1 font STSong-Light (needs pdfjs's cMaps to read). */
  readonly cjkText?: string;
  /** ASCII text in the standard Helvetica font. */
  readonly latinText?: string;
  /** Paint a small grey image across the page (a scanned page has only this). */
  readonly image?: boolean;
}

function ucs2Hex(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return hex.toUpperCase();
}

function stream(dict: string, data: string): string {
  return `<< ${dict} /Length ${data.length} >>\nstream\n${data}\nendstream`;
}

/**
 * Builds a one-page PDF (300 × 200 pt) by hand, for tests that need exact control: text in a
 * font that only decodes with CMaps, no text at all, or plain Latin text. Bytes are Latin-1;
 * the cross-reference table has correct offsets, so the file is valid, not "repaired" on load.
 */
export function minimalPdf(page: MinimalPage): Uint8Array {
  const content: string[] = [];
  if (page.image) content.push('q 260 0 0 160 20 20 cm /Im1 Do Q');
  if (page.cjkText) content.push(`BT /F1 14 Tf 20 150 Td <${ucs2Hex(page.cjkText)}> Tj ET`);
  if (page.latinText) content.push(`BT /F2 12 Tf 20 120 Td (${page.latinText.replace(/[()\\]/g, '\\$&')}) Tj ET`);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 8 0 R >> /XObject << /Im1 9 0 R >> >> >>',
    stream('', content.join('\n')),
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    stream('/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8', '\x80\xc0\xc0\x80'),
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const bytes = new Uint8Array(body.length);
  for (let i = 0; i < body.length; i++) bytes[i] = body.charCodeAt(i) & 0xff;
  return bytes;
}

/**
 * Writes PDFs object by object for the hostile-input generator: bodies are strings (Latin-1) or
 * bytes, numbered 1…n in order, object 1 is the catalog. The cross-reference table has the real
 * offsets, so a reader takes the file as valid rather than repairing it.
 */

/** A stream object body: `dict` without /Length (added here) and its raw data. */
export function pdfStream(dict: string, data: Buffer | string): Buffer {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${bytes.length} >>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream', 'latin1')]);
}

/** Assembles `objects` (object i + 1 is `objects[i]`) into a complete PDF file. */
export function writePdf(objects: readonly (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(chunk);
    length += chunk.length;
  });
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) xref += `${String(off).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

/** Standard Helvetica, enough for Latin text operators. */
export const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/**
 * A PDF of `pages` pages; page k's content is object `contentFor(k)` among `extra` objects
 * (numbered from 4 + pages), so pages can share one stream or have their own. Object 2 is the page
 * tree, object 3 Helvetica (as /F1), objects 4…3+pages the pages.
 */
export function pagedPdf(pages: number, extra: readonly (string | Buffer)[], contentFor: (page: number) => number, resources = ''): Buffer {
  const first = 4;
  const kids = Array.from({ length: pages }, (_, k) => `${first + k} 0 R`).join(' ');
  const objects: (string | Buffer)[] = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`, HELVETICA];
  for (let k = 0; k < pages; k++) {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${contentFor(k)} 0 R /Resources << /Font << /F1 3 0 R >> ${resources} >> >>`);
  }
  return writePdf([...objects, ...extra]);
}

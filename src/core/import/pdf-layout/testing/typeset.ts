import type { PdfBox, PdfPageContent, PdfTextItem } from '../types.ts';

/**
 * A tiny two-column typesetter for layout tests: it places Chinese text (1 em per character) the
 * way a journal does, so tests can state the expected paragraphs and check what comes back.
 * Flow: headings across the page (titles), and sections whose paragraphs fill two balanced columns,
 * separated by headings across both columns; figures take column space and carry a caption.
 */
export type FlowBlock =
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'section'; readonly content: readonly SectionBlock[] };

/** Content of a two-column section. */
export type SectionBlock = { readonly type: 'p'; readonly text: string } | { readonly type: 'figure'; readonly caption: string };

const PAGE_W = 595;
const PAGE_H = 842;
const COLS = [57, 306];
const MEASURE = 23;
const SIZE = 10;
const PITCH = 19;
const TOP = 770;
const BOTTOM = 70;

interface Slot {
  readonly text: string;
  readonly indent: boolean;
  readonly size: number;
  /** A figure box occupying this many slots, drawn from this slot down. */
  readonly figureSlots?: number;
}

function item(str: string, x: number, y: number, size: number, bold = false): PdfTextItem {
  return { str, x, y, width: [...str].length * size, size, fontName: bold ? 'bold' : 'regular', bold };
}

function slotsOf(content: readonly SectionBlock[]): Slot[] {
  const slots: Slot[] = [];
  for (const block of content) {
    if (block.type === 'figure') {
      slots.push({ text: '', indent: false, size: SIZE, figureSlots: 5 });
      for (let i = 0; i < 4; i++) slots.push({ text: '', indent: false, size: SIZE });
      slots.push({ text: block.caption, indent: false, size: 8.5 });
      continue;
    }
    const chars = [...block.text];
    let at = 0;
    let first = true;
    while (at < chars.length) {
      const n = first ? MEASURE - 2 : MEASURE;
      slots.push({ text: chars.slice(at, at + n).join(''), indent: first, size: SIZE });
      at += n;
      first = false;
    }
  }
  return slots;
}

/** Typesets `flow` into pages with mirrored running heads (`heads[0]` odd, `heads[1]` even) and folios. */
export function typeset(flow: readonly FlowBlock[], heads: readonly [string, string]): PdfPageContent[] {
  const pages: { items: PdfTextItem[]; images: PdfBox[] }[] = [{ items: [], images: [] }];
  let y = TOP;
  const current = (): { items: PdfTextItem[]; images: PdfBox[] } => pages[pages.length - 1] ?? { items: [], images: [] };
  const newPage = (): void => {
    pages.push({ items: [], images: [] });
    y = TOP;
  };
  for (const block of flow) {
    if (block.type === 'heading') {
      if (y - 40 < BOTTOM) newPage();
      const width = [...block.text].length * 16;
      current().items.push(item(block.text, (PAGE_W - width) / 2, y - 10, 16, true));
      y -= 45;
      continue;
    }
    let slots = slotsOf(block.content);
    while (slots.length > 0) {
      const capacity = Math.floor((y - BOTTOM) / PITCH) + 1;
      const perColumn = slots.length <= 2 * capacity ? Math.ceil(slots.length / 2) : capacity;
      const columns = [slots.slice(0, perColumn), slots.slice(perColumn, 2 * perColumn)];
      columns.forEach((col, c) =>
        col.forEach((slot, i) => {
          const base = y - i * PITCH;
          const x = COLS[c] ?? 0;
          if (slot.figureSlots) current().images.push({ x0: x + 20, x1: x + 210, y0: base - (slot.figureSlots - 1) * PITCH - 4, y1: base + SIZE });
          if (slot.text) {
            const width = [...slot.text].length * slot.size;
            const left = slot.size < SIZE ? x + (MEASURE * SIZE - width) / 2 : x + (slot.indent ? 2 * SIZE : 0);
            current().items.push(item(slot.text, left, base, slot.size));
          }
        }),
      );
      slots = slots.slice(2 * perColumn);
      y -= perColumn * PITCH + 20;
      if (slots.length > 0 || y < BOTTOM + 40) newPage();
    }
  }
  return pages.map((p, i) => {
    const n = i + 1;
    const head = n % 2 === 1 ? heads[0] : heads[1];
    const headX = n % 2 === 1 ? PAGE_W - 57 - [...head].length * 8 : 57;
    return {
      number: n,
      width: PAGE_W,
      height: PAGE_H,
      items: [item(head, headX, 800, 8), item(String(n), n % 2 === 1 ? 530 : 57, 30, 8), ...p.items],
      images: p.images,
    };
  });
}

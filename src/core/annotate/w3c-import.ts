/**
 * Import of W3C Web Annotations (see w3c-read.ts for the accepted shapes). Duizhao's own exports
 * name the block and side, so they anchor by position first, then by quote in that block, then
 * by quote anywhere; other tools' annotations carry only a TextQuoteSelector and an unknown
 * source, so they anchor by quote and context over every block on both sides. Annotations that
 * cannot be anchored are returned as orphans, never dropped.
 */
import { AppError } from '../model/errors.ts';
import { codePointToUnit } from '../text/codepoints.ts';
import { anchorByQuote, reanchor } from './anchor.ts';
import type { Annotation, AnnotationLink, BlockComment, BlockText, Side } from './model.ts';
import { describeSpan, newAnnotationId, UNPLACED_BLOCK } from './model.ts';
import type { ReadAnnotation, ReadTarget } from './w3c-read.ts';
import { collectItems, readAnnotation } from './w3c-read.ts';
import { parseDuizhaoIri } from './w3c-ids.ts';

/** Defaults for what the file does not say. `newId` makes ids for records without a Duizhao id. */
export interface W3CImportOptions {
  /** ISO 8601 time used when an annotation has no `created`/`modified`. */
  readonly now: string;
  /** Author for annotations without a creator (default ''). */
  readonly author?: string;
  readonly newId?: () => string;
}

/** A skipped item: its index in the document and an i18n error code with details. */
export interface W3CImportProblem {
  readonly index: number;
  readonly code: string;
  readonly details: Record<string, string | number>;
}

/**
 * Everything read. `anchored` + `orphaned` = `annotations.length`; annotations created for link
 * ends that matched no imported span are included (with the link's category and no note).
 * Orphans keep the file's quote and context; their start/end are the file's TextPositionSelector
 * values (code points of a text we no longer have, so only a hint) or 0.
 */
export interface W3CImportResult {
  readonly annotations: Annotation[];
  readonly links: AnnotationLink[];
  readonly comments: BlockComment[];
  readonly anchored: number;
  readonly orphaned: number;
  readonly errors: W3CImportProblem[];
}

type Span = Pick<Annotation, 'blockId' | 'side' | 'start' | 'end' | 'quote' | 'prefix' | 'suffix' | 'orphaned'>;

function parse(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new AppError('annotate:errors.badJson', { message: error instanceof Error ? error.message : String(error) });
  }
}

function found(text: string, blockId: number, side: Side, start: number, end: number): Span {
  return { blockId, side, ...describeSpan(text, start, end), orphaned: false };
}

/** Anchors one target; `undefined` when it has neither a quote nor a usable Duizhao position. */
function resolveSpan(target: ReadTarget, blocks: readonly BlockText[]): Span | undefined {
  const iri = target.source === undefined ? undefined : parseDuizhaoIri(target.source);
  const home = iri?.kind === 'block' && iri.side !== undefined ? { blockId: iri.blockId, side: iri.side } : undefined;
  const block = home && blocks.find((candidate) => candidate.blockId === home.blockId && candidate.side === home.side);
  const { quote, position } = target;
  let units: { start: number; end: number } | undefined;
  if (block && position) {
    try {
      units = { start: codePointToUnit(block.text, position.start), end: codePointToUnit(block.text, position.end) };
    } catch {
      units = undefined; // The position is past the end of the current text: rely on the quote.
    }
  }
  if (block && units && units.start < units.end && (quote === undefined || block.text.slice(units.start, units.end) === quote.exact)) {
    return found(block.text, block.blockId, block.side, units.start, units.end);
  }
  if (quote === undefined || quote.exact === '') return undefined;
  if (block) {
    const probe = { quote: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: units?.start ?? 0, end: units?.end ?? 0 };
    const local = reanchor({ ...probe, id: '', side: block.side, blockId: block.blockId, category: '', note: '', author: '', created: '', modified: '', orphaned: false }, block.text);
    if (local.start !== undefined && local.end !== undefined) return found(block.text, block.blockId, block.side, local.start, local.end);
  }
  const hint = home ? { ...home, ...(units ? { start: units.start } : {}) } : undefined;
  const anywhere = anchorByQuote(quote.exact, quote.prefix, quote.suffix, blocks, hint);
  if (anywhere.blockId !== undefined && anywhere.side !== undefined && anywhere.start !== undefined && anywhere.end !== undefined) {
    const text = blocks.find((candidate) => candidate.blockId === anywhere.blockId && candidate.side === anywhere.side)?.text ?? '';
    return found(text, anywhere.blockId, anywhere.side, anywhere.start, anywhere.end);
  }
  return {
    blockId: home?.blockId ?? UNPLACED_BLOCK,
    side: home?.side ?? 'source',
    start: position?.start ?? 0,
    end: position?.end ?? 0,
    quote: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    orphaned: true,
  };
}

/**
 * Reads annotations from `input` (JSON text or an already parsed value) and anchors them in
 * `blocks` (the texts of every block on both sides). Throws AppError `annotate:errors.badJson`
 * for text that is not JSON, `annotate:errors.notAnnotations` for JSON that holds no
 * annotations, `annotate:errors.remotePage` for a collection whose pages are only linked.
 * Items that cannot be used are reported in `errors` and skipped; everything else is returned.
 * Ids from Duizhao exports are kept (storage decides what a clash means); others are new.
 */
export function importW3C(input: unknown, blocks: readonly BlockText[], options: W3CImportOptions): W3CImportResult {
  const items = collectItems(parse(input));
  const newId = options.newId ?? newAnnotationId;
  const used = new Set<string>();
  const freshId = (): string => {
    let id = newId();
    while (used.has(id)) id = newId();
    used.add(id);
    return id;
  };
  const idFor = (read: ReadAnnotation, kind: 'annotation' | 'link' | 'comment'): string => {
    const iri = read.id === undefined ? undefined : parseDuizhaoIri(read.id);
    const own = iri !== undefined && iri.kind === kind ? iri.id : undefined;
    if (own === undefined || used.has(own)) return freshId();
    used.add(own);
    return own;
  };
  const meta = (read: ReadAnnotation): Pick<Annotation, 'author' | 'created' | 'modified'> => {
    const created = read.created ?? read.modified ?? options.now;
    return { author: read.author ?? options.author ?? '', created, modified: read.modified ?? created };
  };
  const category = (read: ReadAnnotation): string => read.tags[0] ?? '';
  const note = (read: ReadAnnotation): string => {
    const extraTags = read.tags.slice(1);
    return [...read.comments, ...(extraTags.length > 0 ? [`Tags: ${extraTags.join(', ')}`] : [])].join('\n\n');
  };

  const annotations: Annotation[] = [];
  const links: AnnotationLink[] = [];
  const comments: BlockComment[] = [];
  const errors: W3CImportProblem[] = [];
  const pendingLinks: { read: ReadAnnotation; spans: [Span, Span] }[] = [];

  items.forEach((item, index) => {
    const read = readAnnotation(item, index);
    if (!read) return void errors.push({ index, code: 'annotate:errors.notAnAnnotation', details: { index } });
    if (read.motivations.includes('linking') && read.targets.length === 2) {
      const spans = read.targets.map((target) => resolveSpan(target, blocks));
      const [from, to] = spans;
      if (from && to) pendingLinks.push({ read, spans: [from, to] });
      else errors.push({ index, code: 'annotate:errors.noQuote', details: { index } });
      return;
    }
    const [first] = read.targets;
    const iri = first?.source === undefined ? undefined : parseDuizhaoIri(first.source);
    if (read.targets.length === 1 && first?.quote === undefined && iri?.kind === 'block' && iri.side === undefined) {
      comments.push({ id: idFor(read, 'comment'), blockId: iri.blockId, note: note(read), ...meta(read) });
      return;
    }
    let placed = 0;
    for (const target of read.targets) {
      const span = resolveSpan(target, blocks);
      if (!span) continue;
      annotations.push({ id: idFor(read, 'annotation'), ...span, category: category(read), note: note(read), ...meta(read) });
      placed += 1;
    }
    if (placed === 0) errors.push({ index, code: 'annotate:errors.noQuote', details: { index } });
  });

  // Links last, so their ends can reuse spans imported anywhere in the document (orphans too:
  // the same selectors give the same orphan span, so a link keeps pointing at the orphan).
  const key = (span: Span): string => JSON.stringify([span.blockId, span.side, span.start, span.end, span.quote, span.orphaned]);
  const bySpan = new Map(annotations.map((a) => [key(a), a.id]));
  for (const { read, spans } of pendingLinks) {
    const [sourceId, targetId] = spans.map((span) => {
      const existing = bySpan.get(key(span));
      if (existing !== undefined) return existing;
      const id = freshId();
      annotations.push({ id, ...span, category: category(read), note: '', ...meta(read) });
      bySpan.set(key(span), id);
      return id;
    }) as [string, string];
    links.push({ id: idFor(read, 'link'), sourceId, targetId, category: category(read), note: note(read), ...meta(read) });
  }

  const orphaned = annotations.filter((a) => a.orphaned).length;
  return { annotations, links, comments, anchored: annotations.length - orphaned, orphaned, errors };
}

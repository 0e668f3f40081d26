/**
 * Tolerant reading of annotation JSON from Duizhao and other tools (W3C JSON-LD in compact form,
 * Hypothesis API rows and client exports). Turns untrusted `unknown` into plain records; the
 * anchoring happens in w3c-import.ts. Property names follow the anno.jsonld context; `oa:`-prefixed
 * type names are accepted too.
 */
import { checkLimit, LIMITS, limitError } from '../limits/index.ts';
import { AppError } from '../model/errors.ts';

/** A selector-bearing target, reduced to what anchoring uses. Positions are code points. */
export interface ReadTarget {
  readonly source?: string;
  readonly quote?: { readonly exact: string; readonly prefix: string; readonly suffix: string };
  readonly position?: { readonly start: number; readonly end: number };
}

/** One annotation as read, before anchoring. */
export interface ReadAnnotation {
  readonly index: number;
  readonly id?: string;
  readonly motivations: readonly string[];
  readonly tags: readonly string[];
  readonly comments: readonly string[];
  readonly targets: readonly ReadTarget[];
  readonly author?: string;
  readonly created?: string;
  readonly modified?: string;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function strings(value: unknown): string[] {
  return list(value).filter((item): item is string => typeof item === 'string');
}

function typeNames(value: Json): string[] {
  return [...strings(value['type']), ...strings(value['@type'])].map((name) => name.replace(/^oa:/, ''));
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Whether `value` is (probably) one annotation: typed so, or an untyped object with a target. */
export function looksLikeAnnotation(value: unknown): value is Json {
  if (!isObject(value)) return false;
  const types = typeNames(value);
  return types.includes('Annotation') || (types.length === 0 && value['target'] !== undefined);
}

/**
 * The candidate annotations in a parsed document: a single annotation, an array, an
 * AnnotationPage (`items`), an AnnotationCollection with an embedded `first` page, Hypothesis API
 * results (`rows`) or a Hypothesis export (`annotations`). Throws AppError
 * `annotate:errors.remotePage` for a collection whose first page is only a link, and
 * `annotate:errors.notAnnotations` when nothing here is an annotation, and `limits:errors.units`
 * for more annotations than LIMITS.units.
 */
export function collectItems(document: unknown): unknown[] {
  let items: unknown[] | undefined;
  if (Array.isArray(document)) items = document;
  else if (isObject(document)) {
    const types = typeNames(document);
    if (types.includes('AnnotationCollection')) {
      const first = document['first'];
      if (typeof first === 'string') throw new AppError('annotate:errors.remotePage', { iri: first });
      items = isObject(first) ? list(first['items']) : [];
    } else if (types.includes('AnnotationPage')) items = list(document['items']);
    else if (looksLikeAnnotation(document)) items = [document];
    else if (Array.isArray(document['rows'])) items = document['rows'];
    else if (Array.isArray(document['annotations'])) items = document['annotations'];
  }
  if (items === undefined || (items.length > 0 && !items.some(looksLikeAnnotation))) {
    throw new AppError('annotate:errors.notAnnotations');
  }
  checkLimit('units', items.length);
  return items;
}

function readSelectors(target: Json, into: { quote?: ReadTarget['quote']; position?: ReadTarget['position'] }): void {
  // Selectors may be refined (a FragmentSelector refined by a TextQuoteSelector, …): an explicit
  // queue instead of recursion, bounded by the nesting limit.
  const queue: { selectors: unknown[]; depth: number }[] = [{ selectors: list(target['selector']), depth: 0 }];
  for (let level = queue.shift(); level !== undefined; level = queue.shift()) {
    for (const selector of level.selectors) {
      if (!isObject(selector)) continue;
      const types = typeNames(selector);
      if (types.includes('TextQuoteSelector') && into.quote === undefined) {
        const exact = text(selector['exact']);
        const prefix = text(selector['prefix']) ?? '';
        const suffix = text(selector['suffix']) ?? '';
        for (const part of [exact ?? '', prefix, suffix]) checkLimit('fieldChars', part.length);
        if (exact !== undefined) into.quote = { exact, prefix, suffix };
      } else if (types.includes('TextPositionSelector') && into.position === undefined) {
        const { start, end } = selector;
        if (Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (end as number) >= (start as number)) {
          into.position = { start: start as number, end: end as number };
        }
      }
      if (isObject(selector['refinedBy'])) {
        if (level.depth + 1 > LIMITS.nestingDepth) throw limitError('nestingDepth', level.depth + 1);
        queue.push({ selectors: [selector['refinedBy']], depth: level.depth + 1 });
      }
    }
  }
}

function readTarget(target: unknown): ReadTarget | undefined {
  if (typeof target === 'string') return { source: target };
  if (!isObject(target)) return undefined;
  const source = text(target['source']) ?? (isObject(target['source']) ? text(target['source']['id']) : undefined) ?? text(target['id']);
  const found: { quote?: ReadTarget['quote']; position?: ReadTarget['position'] } = {};
  readSelectors(target, found);
  return { ...(source === undefined ? {} : { source }), ...found };
}

function readAuthor(item: Json): string | undefined {
  const names = list(item['creator']).flatMap((creator) => {
    if (typeof creator === 'string') return [creator];
    if (!isObject(creator)) return [];
    const name = text(creator['name']) ?? text(creator['nickname']) ?? text(creator['id']);
    return name === undefined ? [] : [name];
  });
  if (names.length > 0) return names.join(', ');
  return text(item['user']);
}

/** Reads one item; `undefined` when it is not an annotation at all. */
export function readAnnotation(item: unknown, index: number): ReadAnnotation | undefined {
  if (!looksLikeAnnotation(item)) return undefined;
  const tags: string[] = [];
  const comments: string[] = [];
  for (const body of list(item['body'])) {
    if (!isObject(body)) continue;
    const value = text(body['value']) ?? text(body['chars']);
    if (value === undefined || value.trim() === '') continue;
    if (strings(body['purpose']).includes('tagging')) tags.push(value);
    else comments.push(value);
  }
  const bodyValue = text(item['bodyValue']);
  if (bodyValue !== undefined && bodyValue.trim() !== '') comments.push(bodyValue);
  // Hypothesis API rows: free text and tags instead of bodies.
  const hypothesisText = text(item['text']);
  if (hypothesisText !== undefined && hypothesisText.trim() !== '') comments.push(hypothesisText);
  tags.push(...strings(item['tags']).filter((tag) => tag.trim() !== ''));
  const targets = list(item['target']).flatMap((target) => readTarget(target) ?? []);
  const created = text(item['created']);
  const modified = text(item['modified']) ?? text(item['updated']);
  const id = text(item['id']);
  const author = readAuthor(item);
  return {
    index,
    motivations: strings(item['motivation']),
    tags,
    comments,
    targets,
    ...(id === undefined ? {} : { id }),
    ...(author === undefined ? {} : { author }),
    ...(created === undefined ? {} : { created }),
    ...(modified === undefined ? {} : { modified }),
  };
}

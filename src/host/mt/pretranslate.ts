import { createHash } from 'node:crypto';
import { AppError, toErrorPayload, type ErrorPayload } from '../../core/model/index.ts';
import { createTermMatcher, toEntryMap, type GlossaryEntry } from '../../core/glossary/index.ts';
import {
  buildDeeplGlossaryCall,
  cacheKeyMaterial,
  checkTranslation,
  deeplGlossaryPairs,
  deeplSupportsGlossary,
  mtProvider,
  parseDeeplGlossaryAnswer,
  termsFromHits,
  type MtRequest,
  type MtTerm,
} from '../../core/mt/index.ts';
import { glossaryStoreOf } from '../glossary/index.ts';
import type { ProjectStore } from '../storage/project-store.ts';
import { isFatalMtError } from './errors.ts';
import { DEFAULT_HTTP_OPTIONS, sendMtCall, type MtHttpOptions, type MtTarget } from './http.ts';
import { createLimiter } from './limiter.ts';
import type { MtStore } from './mt-store.ts';
import type { ResolvedEndpoint } from './settings.ts';
import type { MtUnit, MtUnitSource } from './units.ts';

/** How one pre-translation run is made. */
export interface PretranslateOptions {
  readonly target: ResolvedEndpoint;
  readonly styleNotes: string;
  readonly concurrency: number;
  readonly http?: Partial<MtHttpOptions>;
  /** Epoch ms for written rows; injected by tests. */
  readonly now?: () => number;
  /** Cancels the run: requests in flight are aborted, rows already written stay. */
  readonly signal?: AbortSignal;
  /** Called after each eligible row is settled (written, failed or found changed). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** One row MT could not fill, with the translated error's code and details (never a key). */
export interface PretranslateFailure {
  readonly unit: string;
  readonly error: ErrorPayload;
}

/**
 * What a run did. `translated`: rows filled with an MT draft; `skipped`: rows not eligible (not
 * empty, edited, confirmed, no Chinese) or changed while their translation was on its way;
 * `failed`: eligible rows left empty. `cached`: rows served from the project cache (no request);
 * `requests`: translation calls made (retries not counted); `findings`: term QA findings in the
 * drafts written. `error` is the error that stopped the run early (bad key, quota, unreachable).
 */
export interface PretranslateReport {
  readonly translated: number;
  readonly skipped: number;
  readonly failed: number;
  readonly cached: number;
  readonly requests: number;
  readonly findings: number;
  readonly failures: readonly PretranslateFailure[];
  readonly error?: ErrorPayload;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The DeepL glossary id for the project's whole glossary, creating it on DeepL the first time (and
 * remembering it in the project by endpoint and content hash, since DeepL glossaries are immutable
 * and limited in number). `undefined` when the pair has no glossary support or the glossary is
 * empty; a non-fatal creation failure also gives `undefined` (terms then travel in `context`).
 */
async function deeplGlossaryId(entries: readonly GlossaryEntry[], langs: { source: string; target: string }, target: MtTarget, resolved: ResolvedEndpoint, mt: MtStore, http: MtHttpOptions, now: () => number): Promise<string | undefined> {
  if (!deeplSupportsGlossary(langs.source, langs.target)) return undefined;
  const pairs = deeplGlossaryPairs(entries.map((e) => ({ source: e.source, approved: e.targets, forbidden: e.forbidden, note: '' })));
  if (!pairs.length) return undefined;
  const hash = sha256(JSON.stringify([langs.source, langs.target, pairs]));
  const known = mt.remoteGlossary('deepl', resolved.endpoint.baseUrl, hash);
  if (known) return known;
  const call = buildDeeplGlossaryCall(pairs, `Duizhao ${hash.slice(0, 12)}`, resolved.endpoint, langs.source, langs.target);
  try {
    const answer = await sendMtCall(call, target, http);
    const id = parseDeeplGlossaryAnswer(answer.body);
    if (!id) return undefined;
    mt.saveRemoteGlossary('deepl', resolved.endpoint.baseUrl, hash, id, now());
    return id;
  } catch (error) {
    if (isFatalMtError(error)) throw error;
    return undefined;
  }
}

/**
 * Pre-translates the eligible rows of `units` with one provider: for each row, the glossary terms
 * in its source (approved and forbidden renderings), its neighbours as context and the style notes
 * go into the request; the answer is checked (not empty, no Chinese left) and cached in the project
 * (same source, terms, style, provider, model → no second request); the row is then filled as a
 * draft marked MT only if still untouched. At most `concurrency` requests run at once. A bad key,
 * a used-up quota or an unreachable server stops the run (rows already written stay) and is
 * reported in `error`; other failures are per row.
 */
export async function pretranslate(project: ProjectStore, mt: MtStore, units: MtUnitSource, options: PretranslateOptions): Promise<PretranslateReport> {
  const now = options.now ?? Date.now;
  const resolved = options.target;
  const provider = mtProvider(resolved.endpoint.provider);
  const meta = project.meta();
  const controller = new AbortController();
  const onAbort = (): void => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const http: MtHttpOptions = { ...DEFAULT_HTTP_OPTIONS, ...options.http, signal: controller.signal };
  const target: MtTarget = { provider, name: resolved.name, host: resolved.host, key: resolved.key };

  const entries = glossaryStoreOf(project).list();
  const byId = toEntryMap(entries);
  const matcher = createTermMatcher(entries);

  const all = units.units();
  const todo = all.filter((u) => u.eligible);
  let changedMeanwhile = 0;
  let translated = 0;
  let cached = 0;
  let requests = 0;
  let findings = 0;
  let done = 0;
  const failures: PretranslateFailure[] = [];
  let fatal: unknown;

  const requestFor = (unit: MtUnit, terms: readonly MtTerm[]): MtRequest => ({
    source: unit.source,
    sourceLang: meta.sourceLang,
    targetLang: meta.targetLang,
    before: unit.before,
    after: unit.after,
    terms,
    styleNotes: options.styleNotes,
  });

  const translateOne = async (unit: MtUnit, glossaryId: string | undefined): Promise<void> => {
    if (fatal !== undefined) return;
    const hits = matcher.findTerms(unit.source);
    const request = requestFor(unit, termsFromHits(hits, byId));
    const key = sha256(cacheKeyMaterial(resolved.endpoint, request));
    let text = mt.cached(key);
    if (text !== undefined) {
      cached++;
    } else {
      requests++;
      const answer = await sendMtCall(provider.buildCall(request, resolved.endpoint, glossaryId), target, http);
      const parsed = provider.parseAnswer(answer.body);
      if (!parsed.ok) throw new AppError('mt:errors.badAnswer', { provider: resolved.name });
      const checked = checkTranslation(parsed.text, hits, byId);
      if (!checked.ok) throw new AppError(checked.rejection === 'empty' ? 'mt:errors.emptyAnswer' : 'mt:errors.chineseLeft', { provider: resolved.name });
      text = checked.text;
      mt.cache(key, { provider: provider.id, model: resolved.endpoint.model, source: unit.source, target: text }, now());
    }
    const checked = checkTranslation(text, hits, byId);
    if (units.fill(unit, text, { provider: provider.id, model: resolved.endpoint.model }, now())) {
      translated++;
      if (checked.ok) findings += checked.findings.length;
    } else {
      changedMeanwhile++;
    }
  };

  try {
    let glossaryId: string | undefined;
    if (provider.id === 'deepl' && todo.length) {
      glossaryId = await deeplGlossaryId(entries, { source: meta.sourceLang, target: meta.targetLang }, target, resolved, mt, http, now);
    }
    const limit = createLimiter(options.concurrency);
    await Promise.all(
      todo.map((unit) =>
        limit(async () => {
          try {
            await translateOne(unit, glossaryId);
          } catch (error) {
            if (isFatalMtError(error)) {
              if (fatal === undefined) fatal = error;
              controller.abort();
            } else {
              failures.push({ unit: unit.key, error: toErrorPayload(error) });
            }
          } finally {
            done++;
            options.onProgress?.(done, todo.length);
          }
        }),
      ),
    );
  } catch (error) {
    // Only the glossary step can throw here, before any row was tried.
    fatal = error;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }

  return {
    translated,
    skipped: all.length - todo.length + changedMeanwhile,
    failed: todo.length - translated - changedMeanwhile,
    cached,
    requests,
    findings,
    failures,
    ...(fatal !== undefined ? { error: toErrorPayload(fatal) } : {}),
  };
}

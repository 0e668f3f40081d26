import type { DatabaseSync } from 'node:sqlite';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, resolve } from 'node:path';
import { AppError, toErrorPayload } from '../../core/model/index.ts';
import { keywordInContext } from '../../core/tm/kwic.ts';
import { showPlaceholders } from '../../core/tm/tm-unit.ts';
import { codePointLength } from '../../core/text/codepoints.ts';
import type { WorkbenchApi } from '../../shared/api.ts';
import type { BlockDto } from '../../shared/dto.ts';
import type { TmConcordanceHitDto, TmInfoDto, TmMatchDto } from '../../shared/tm-dto.ts';
import type { HostContext } from '../context.ts';
import { decodeFilePayload } from '../source-file.ts';
import { importTmFile } from './import-tm.ts';
import { workingTmPath } from './paths.ts';
import { TmStore } from './tm-store.ts';
import { confirmedRowUnits, neighbourSources } from './working-tm.ts';

/** The TM slice of the workbench contract. */
export type TmMethods = Pick<WorkbenchApi, 'tmLookup' | 'tmConcordance' | 'listTms' | 'attachTm' | 'detachTm' | 'importTm' | 'getTmImportProgress'>;

/** The TM slice plus the hook the save path calls and a close for shutdown. */
export interface TmService {
  readonly methods: TmMethods;
  /** Adds a confirmed row to the working TM (paragraph and sentence pairs); never throws. */
  recordConfirmed(saved: BlockDto): void;
  /** Closes every open TM file. */
  close(): void;
}

interface Attached {
  readonly path: string;
  readonly writable: boolean;
}

/** The user name written as creator/changer of units. */
function currentUser(): string {
  try {
    return userInfo().username || 'duizhao';
  } catch {
    return 'duizhao';
  }
}

/** A target text and code-unit marks shown with ⟨n⟩ placeholders, marks as code points. */
function displayTarget(target: string, marks: readonly (readonly [number, number])[]): { text: string; marks: [number, number][] } {
  const text = showPlaceholders(target);
  const shift = (unit: number): number => codePointLength(showPlaceholders(target.slice(0, unit)));
  return { text, marks: marks.map(([s, e]) => [shift(s), shift(e)]) };
}

/**
 * Builds the TM slice: the working TM beside the project file (created on first use) and the
 * attached TMs recorded in the project (`tm_attachments`, migration 0008), opened lazily and kept
 * open for the process. Lookups ask every TM and merge by score, then TM priority.
 */
export function createTmService(ctx: HostContext): TmService {
  const stores = new Map<string, TmStore>();
  const progress = new Map<string, { permille: number; running: boolean }>();
  const user = currentUser();

  function store(path: string, create = false): TmStore {
    let s = stores.get(path);
    if (!s) {
      s = TmStore.open(path, { create });
      stores.set(path, s);
    }
    return s;
  }

  function attachments(): Attached[] {
    const rows = ctx.project().db.prepare('SELECT path, writable FROM tm_attachments ORDER BY position').all() as { path: string; writable: number }[];
    return rows.map((r) => ({ path: r.path, writable: r.writable === 1 }));
  }

  /** Working TM first, then the attached ones that open; each with its name. */
  function openTms(): { store: TmStore; name: string; writable: boolean }[] {
    const working = store(workingTmPath(ctx.project().path), true);
    const out = [{ store: working, name: working.meta().name, writable: true }];
    for (const a of attachments()) {
      try {
        const s = store(a.path);
        out.push({ store: s, name: s.meta().name, writable: a.writable });
      } catch {
        // A missing or broken attached TM is shown as such by listTms; lookups go on without it.
      }
    }
    return out;
  }

  function list(): TmInfoDto[] {
    const infos: TmInfoDto[] = [];
    const describe = (path: string, role: TmInfoDto['role'], writable: boolean): TmInfoDto => {
      try {
        const s = store(path, role === 'working');
        const meta = s.meta();
        return { path, name: meta.name, role, writable, units: s.count(), sourceLang: meta.sourceLang, targetLang: meta.targetLang };
      } catch (error) {
        return { path, name: basename(path), role, writable, units: 0, sourceLang: '', targetLang: '', error: toErrorPayload(error).code };
      }
    };
    infos.push(describe(workingTmPath(ctx.project().path), 'working', true));
    for (const a of attachments()) infos.push(describe(a.path, 'attached', a.writable));
    return infos;
  }

  const methods: TmMethods = {
    async tmLookup({ source, prevSource, nextSource, limit = 5, min = 50 }) {
      const all: (TmMatchDto & { priority: number })[] = [];
      openTms().forEach(({ store: s, name }, priority) => {
        const hits = s.lookup({ source, ...(prevSource !== undefined ? { prevSource } : {}), ...(nextSource !== undefined ? { nextSource } : {}) }, { limit, min });
        const rows = new Map(s.rows(hits.map((h) => h.id)).map((r) => [r.id, r]));
        for (const h of hits) {
          const row = rows.get(h.id);
          const shown = displayTarget(h.adapted?.target ?? h.target, h.adapted?.marks ?? []);
          all.push({
            source: showPlaceholders(h.source),
            target: shown.text,
            score: h.score,
            adapted: shown.marks,
            tmName: name,
            tmPath: s.path,
            changedAt: row?.changedAt ?? '',
            changedBy: row?.changedBy ?? '',
            ...(row?.originFile ? { originFile: row.originFile } : {}),
            priority,
          });
        }
      });
      all.sort((a, b) => b.score - a.score || a.priority - b.priority || b.changedAt.localeCompare(a.changedAt));
      return all.slice(0, limit).map(({ priority: _p, ...m }) => m);
    },

    async tmConcordance({ query, side, limit = 50 }) {
      let total = 0;
      const hits: TmConcordanceHitDto[] = [];
      for (const { store: s, name } of openTms()) {
        const room = Math.max(0, limit - hits.length);
        const found = s.concordance(query, side, room); // newest first
        total += found.total;
        for (const row of s.rows(found.ids)) {
          const source = showPlaceholders(row.source);
          const target = showPlaceholders(row.target);
          hits.push({ source, target, hits: keywordInContext(side === 'source' ? source : target, query).hits, tmName: name, changedAt: row.changedAt ?? '', changedBy: row.changedBy ?? '' });
        }
      }
      return { total, hits };
    },

    async listTms() {
      return list();
    },

    async attachTm({ path, writable, create }) {
      const full = resolve(path);
      if (full === workingTmPath(ctx.project().path)) throw new AppError('tm:errors.alreadyAttached', { path: full });
      if (!create && !existsSync(full)) throw new AppError('tm:errors.tmNotFound', { path: full });
      store(full, create === true); // refuses a file that is not a TM before it is recorded
      const db = ctx.project().db;
      const max = (db.prepare('SELECT coalesce(max(position), -1) AS m FROM tm_attachments').get() as { m: number }).m;
      db.prepare('INSERT INTO tm_attachments (path, position, writable, added_at) VALUES (?, ?, ?, ?) ON CONFLICT (path) DO UPDATE SET writable = excluded.writable').run(
        full,
        max + 1,
        writable ? 1 : 0,
        new Date(ctx.now()).toISOString(),
      );
      return list();
    },

    async detachTm({ path }) {
      ctx.project().db.prepare('DELETE FROM tm_attachments WHERE path = ?').run(resolve(path));
      return list();
    },

    async importTm({ file, tmPath, requestId }) {
      const working = workingTmPath(ctx.project().path);
      const target = tmPath === undefined ? working : resolve(tmPath);
      if (target !== working && !attachments().some((a) => a.path === target && a.writable)) throw new AppError('tm:errors.readOnly', { path: target });
      const s = store(target, target === working);
      if (requestId) progress.set(requestId, { permille: 0, running: true });
      try {
        return await importTmFile(s, file.fileName, decodeFilePayload(file), { now: new Date(ctx.now()).toISOString(), user, originProject: ctx.project().meta().name }, (permille) => {
          if (requestId) progress.set(requestId, { permille, running: true });
        });
      } finally {
        if (requestId) progress.set(requestId, { permille: progress.get(requestId)?.permille ?? 0, running: false });
      }
    },

    async getTmImportProgress({ requestId }) {
      return progress.get(requestId) ?? null;
    },
  };

  return {
    methods,
    recordConfirmed(saved) {
      try {
        const project = ctx.project();
        const units = confirmedRowUnits(saved.source, saved.target, saved.sentences, neighbourSources(project.db, saved));
        if (units.length === 0) return;
        store(workingTmPath(project.path), true).addUnits(units, { now: new Date(ctx.now()).toISOString(), user, originProject: project.meta().name, originFile: documentFile(project.db, saved.documentId) }, true);
      } catch {
        // The row itself is saved; a TM that cannot be written must not turn the save into an error.
      }
    },
    close() {
      for (const s of stores.values()) s.close();
      stores.clear();
    },
  };
}

function documentFile(db: DatabaseSync, documentId: number): string | undefined {
  return (db.prepare('SELECT source_file_name AS f FROM documents WHERE id = ?').get(documentId) as { f: string } | undefined)?.f;
}


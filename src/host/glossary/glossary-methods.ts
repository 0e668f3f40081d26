import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GlossaryEntry } from '../../core/glossary/model.ts';
import { AppError } from '../../core/model/index.ts';
import type { WorkbenchApi } from '../../shared/api.ts';
import type { GlossaryEntryInput } from '../../shared/feature-dto.ts';
import type { HostContext } from '../context.ts';
import { safeFileStem } from '../project-file.ts';
import { decodeFilePayload } from '../source-file.ts';
import type { ProjectStore } from '../storage/project-store.ts';
import { readGlossaryFile, writeGlossaryFile, type GlossaryFormat } from './glossary-file.ts';
import { GlossaryStore } from './glossary-store.ts';
import { mergeEntries } from './merge.ts';

/** The glossary slice of the workbench contract. */
export type GlossaryMethods = Pick<WorkbenchApi, 'listGlossary' | 'saveGlossaryEntry' | 'deleteGlossaryEntry' | 'importGlossary' | 'exportGlossary'>;

/** A fresh entry id: a UUID behind a letter prefix, so it is an XML NCName and survives TBX export. */
export const newEntryId = (): string => `term-${randomUUID()}`;

const cleanList = (items: readonly string[]): string[] => [...new Set(items.map((s) => s.trim()).filter((s) => s !== ''))];

/**
 * Trims an entry as typed in the UI and checks it: `glossary:errors.emptyTerm` without a Chinese
 * term, `glossary:errors.noTranslation` without at least one English rendering. Blank and
 * repeated renderings are dropped; an empty part of speech is left out.
 */
export function normaliseEntry(input: GlossaryEntryInput, id: string): GlossaryEntry {
  const source = input.source.trim();
  if (source === '') throw new AppError('glossary:errors.emptyTerm');
  const targets = cleanList(input.targets);
  if (targets.length === 0) throw new AppError('glossary:errors.noTranslation', { source });
  const partOfSpeech = input.partOfSpeech?.trim();
  return {
    id,
    source,
    targets,
    forbidden: cleanList(input.forbidden),
    note: input.note.trim(),
    ...(partOfSpeech ? { partOfSpeech } : {}),
    caseSensitive: input.caseSensitive,
  };
}

/**
 * Merges a glossary file (TBX/CSV/TSV, any supported encoding) into a project's glossary and
 * returns the counts plus the parser's skipped rows. TBX concept ids are kept when free (so a
 * TBX round trip keeps them); table rows and clashing ids get a fresh UUID.
 */
export function importGlossaryInto(store: GlossaryStore, fileName: string, bytes: Uint8Array, now: number) {
  const parsed = readGlossaryFile(fileName, bytes);
  const taken = new Set(store.list().map((e) => e.id));
  const idFor = (entry: GlossaryEntry): string => {
    const id = parsed.format === 'tbx' && !taken.has(entry.id) ? entry.id : newEntryId();
    taken.add(id);
    return id;
  };
  const { toWrite, added, updated } = mergeEntries(store.list(), parsed.entries, idFor);
  if (toWrite.length > 0) store.put(toWrite, now);
  return { added, updated, skipped: parsed.skipped };
}

/** A glossary store over the open project's connection. */
export function glossaryStoreOf(project: ProjectStore): GlossaryStore {
  return new GlossaryStore(project.db, project.path);
}

// Never overwrite an earlier export: `name.tbx`, `name (2).tbx`, …
function freePath(dir: string, stem: string, ext: string): string {
  for (let n = 1; ; n++) {
    const path = join(dir, n === 1 ? `${stem}.${ext}` : `${stem} (${n}).${ext}`);
    if (!existsSync(path)) return path;
  }
}

/**
 * The glossary methods of the workbench over `ctx` (all need an open project:
 * `host:errors.noProject`). Exports also write a copy to `<workspace>/exports/`.
 */
export function glossaryMethods(ctx: HostContext): GlossaryMethods {
  const store = (): GlossaryStore => glossaryStoreOf(ctx.project());
  return {
    async listGlossary() {
      return store().list();
    },

    async saveGlossaryEntry({ entry }) {
      const glossary = store();
      const saved = normaliseEntry(entry, entry.id ?? newEntryId());
      glossary.put([saved], ctx.now());
      return glossary.get(saved.id) ?? saved;
    },

    async deleteGlossaryEntry({ id }) {
      store().delete(id);
      return {};
    },

    async importGlossary({ file }) {
      return importGlossaryInto(store(), file.fileName, decodeFilePayload(file), ctx.now());
    },

    async exportGlossary({ format }) {
      const project = ctx.project();
      const name = project.meta().name;
      const { text, mimeType } = writeGlossaryFile(glossaryStoreOf(project).list(), format as GlossaryFormat, name);
      const bytes = Buffer.from(text, 'utf8');
      const stem = `${safeFileStem(name)}-glossary`;
      const dir = join(ctx.workspaceDir, 'exports');
      mkdirSync(dir, { recursive: true });
      const savedTo = freePath(dir, stem, format);
      writeFileSync(savedTo, bytes, { flag: 'wx' });
      return { fileName: `${stem}.${format}`, mimeType, dataBase64: bytes.toString('base64'), savedTo };
    },
  };
}

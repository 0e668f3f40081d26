import { existsSync, readFileSync } from 'node:fs';
import { withoutKinds } from '../core/import/kinds/exclude-kinds.ts';
import { join, resolve } from 'node:path';
import { AppError } from '../core/model/index.ts';
import type { WorkbenchApi } from '../shared/api.ts';
import type { ProjectInfo } from '../shared/dto.ts';
import { readRecent, rememberRecent } from './recent.ts';
import { uniqueProjectPath, writeNewProject } from './project-file.ts';
import { bundledSamplePath, SAMPLE_FILE_NAME, SAMPLE_PROJECT_NAME } from './sample.ts';
import { decodeFilePayload, fileStem, importBytes, toNewDocument } from './source-file.ts';
import { ImportJobs } from './import-jobs.ts';
import { ProjectStore } from './storage/project-store.ts';
import { projectsDir } from './workspace.ts';
import type { HostContext } from './context.ts';
import { nullLogger, type Logger } from '../shared/logger.ts';
import { addSampleGlossary } from './glossary/sample-glossary.ts';
import { glossaryMethods } from './glossary/glossary-methods.ts';
import { annotationMethods } from './annotations/annotation-methods.ts';
import { updateTargetAnnotations } from './annotations/anchoring.ts';
import { exportMethods } from './export/methods.ts';
import { batchMethods } from './batch/batch-methods.ts';
import { qaMethods } from './qa/qa-methods.ts';
import { mtMethods } from './mt/mt-methods.ts';
import type { MtKeyVault } from './mt/keys.ts';
import { createTmService } from './tm/tm-methods.ts';
import { alignMethods } from './align/align-methods.ts';

/** Options for {@link createWorkbench}. */
export interface WorkbenchOptions {
  /** Folder for recent.json, the sample project and new projects (see defaultWorkspaceDir). */
  readonly workspaceDir: string;
  /** Path of the sample source file; defaults to the copy in src/core/samples. */
  readonly samplePath?: string;
  /** Clock in epoch milliseconds; tests inject one to control revision coalescing. */
  readonly now?: () => number;
  /** Where the host reports what happened (projects opened, failures); default: nowhere. */
  readonly logger?: Logger;
  /** Secure storage for MT keys (Electron's safeStorage); absent in the web host, which uses environment variables. */
  readonly mtKeys?: MtKeyVault;
  /** Environment for MT key variables; defaults to process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A workbench plus the means to release its project file. */
export type Workbench = WorkbenchApi & { close(): Promise<void> };

/** Languages of every new project; the product translates Simplified Chinese into English. */
const LANGUAGES = { sourceLang: 'zh-CN', targetLang: 'en' } as const;

/**
 * The host implementation of the whole contract for one process. Holds at most one open project
 * (opening another closes the previous one only after the new one opened). Payloads are assumed
 * schema-valid (transports check `workbenchInputs`); semantic errors are AppErrors:
 * `host:errors.noProject`, `host:errors.blockNotFound`, `host:errors.documentNotFound`, and the
 * storage errors (locked, corrupt, disk full…). `close()` releases the file lock.
 */
export function createWorkbench(options: WorkbenchOptions): Workbench {
  const workspaceDir = resolve(options.workspaceDir);
  const now = options.now ?? Date.now;
  const logger = options.logger ?? nullLogger;
  let current: ProjectStore | null = null;
  const imports = new ImportJobs();

  function project(): ProjectStore {
    if (!current) throw new AppError('host:errors.noProject');
    return current;
  }

  function info(store: ProjectStore): ProjectInfo {
    const meta = store.meta();
    return { path: store.path, name: meta.name, sourceLang: meta.sourceLang, targetLang: meta.targetLang, documents: store.documents() };
  }

  function switchTo(path: string): ProjectInfo {
    if (current?.path === path) return info(current);
    const next = ProjectStore.open(path);
    current?.close();
    current = next;
    logger.info('project.opened', { path });
    const opened = info(next);
    try {
      rememberRecent(workspaceDir, opened, now());
    } catch {
      // The recent list is a convenience; a read-only or full workspace must not block editing.
    }
    return opened;
  }

  // Feature slices of the contract (glossary, annotations, export, batch edits) are built from this.
  const ctx: HostContext = { project, now, workspaceDir, logger };
  const tm = createTmService(ctx);

  return {
    ...glossaryMethods(ctx),
    ...annotationMethods(ctx),
    ...exportMethods(ctx),
    // Replace all and its undo move or orphan English annotations inside the batch's transaction.
    ...batchMethods(ctx, (blockId, _before, after) => updateTargetAnnotations(ctx.project().db, blockId, after)),
    ...qaMethods(ctx),
    ...mtMethods(ctx, { vault: options.mtKeys, env: options.env }),
    ...tm.methods,
    ...alignMethods(ctx, switchTo),
    async getSession() {
      return { project: current ? info(current) : null, recent: readRecent(workspaceDir) };
    },

    async openSample() {
      const path = join(workspaceDir, 'sample', 'linxi-spread.duizhao');
      if (!existsSync(path)) {
        const samplePath = options.samplePath ?? bundledSamplePath();
        const bytes = new Uint8Array(readFileSync(samplePath));
        const result = await importBytes(SAMPLE_FILE_NAME, bytes);
        if (!existsSync(path)) {
          writeNewProject(path, { name: SAMPLE_PROJECT_NAME, ...LANGUAGES }, [toNewDocument(SAMPLE_FILE_NAME, result)], now());
          addSampleGlossary(path, samplePath, now()); // the sample ships with its starter glossary
        }
      }
      return switchTo(path);
    },

    async openProject({ path }) {
      return switchTo(resolve(path));
    },

    async previewImport({ file, options: importOptions, requestId }) {
      const result = await imports.run(file.fileName, decodeFilePayload(file), importOptions, requestId);
      return {
        paragraphs: result.paragraphs,
        dropped: result.dropped,
        layout: result.layout,
        punctuationRepairs: result.punctuationRepairs,
      };
    },

    async createProject({ file, name, options: importOptions, requestId }) {
      const result = await imports.run(file.fileName, decodeFilePayload(file), importOptions, requestId);
      const projectName = name?.trim() || fileStem(file.fileName);
      const dir = projectsDir(workspaceDir);
      // Kinds the user left out of translation in the preview are not written as rows.
      const document = toNewDocument(file.fileName, { ...result, paragraphs: withoutKinds(result.paragraphs, importOptions?.excludeKinds) });
      // Another process may take the same name between the check and the link; try the next one.
      for (let attempt = 0; ; attempt++) {
        const path = uniqueProjectPath(dir, projectName);
        try {
          writeNewProject(path, { name: projectName, ...LANGUAGES }, [document], now());
          return switchTo(path);
        } catch (error) {
          if (!(error instanceof AppError && error.code === 'host:errors.projectExists') || attempt >= 5) throw error;
        }
      }
    },

    async getImportProgress({ requestId }) {
      return imports.progress(requestId);
    },

    async cancelImport({ requestId }) {
      imports.cancel(requestId);
      return {};
    },

    async listBlocks({ documentId }) {
      return project().listBlocks(documentId);
    },

    async saveTarget({ blockId, target, status, ranges }) {
      const saved = project().saveTarget(blockId, target, status, now());
      updateTargetAnnotations(project().db, blockId, saved.target, ranges);
      if (saved.status === 'confirmed') tm.recordConfirmed(saved); // the working TM gets every confirmed row
      return saved;
    },

    async getHistory({ blockId }) {
      return project().history(blockId);
    },

    async getStats() {
      return project().stats();
    },

    async close() {
      tm.close();
      current?.close();
      current = null;
    },
  };
}

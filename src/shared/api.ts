import { z } from 'zod';
import { BLOCK_STATUSES } from '../core/model/index.ts';
import type {
  BlockDto,
  FilePayload,
  ImportOptions,
  ImportPreview,
  ProjectInfo,
  ProjectStats,
  RevisionDto,
  SessionInfo,
} from './dto.ts';
import type { BlockStatus } from '../core/model/index.ts';

/**
 * The one contract between the renderer and the host. Implemented once in `src/host`, carried by
 * two transports (Electron IPC in `electron/`, HTTP in `src/server`). Every method takes exactly
 * one JSON-safe payload object and resolves to a JSON-safe value; failures reject with an
 * `{code, details}` error whose code is an i18n key (see `AppError`).
 */
export interface WorkbenchApi {
  /** The open project, if any, and the recent-projects list. */
  getSession(input: Record<string, never>): Promise<SessionInfo>;
  /** Opens the bundled sample project (creating it in the workspace on first use). */
  openSample(input: Record<string, never>): Promise<ProjectInfo>;
  /** Opens an existing `.duizhao` project file; fails with `errors.projectLocked` if another process has it. */
  openProject(input: { path: string }): Promise<ProjectInfo>;
  /** Parses a source file without writing anything, for the import preview. */
  previewImport(input: { file: FilePayload; options?: ImportOptions }): Promise<ImportPreview>;
  /** Creates a new project in the workspace from a source file and opens it. */
  createProject(input: { file: FilePayload; name?: string; options?: ImportOptions }): Promise<ProjectInfo>;
  /** All blocks of one document of the open project, in order. */
  listBlocks(input: { documentId: number }): Promise<BlockDto[]>;
  /** Saves a block's English text and status; records a revision when the text changed. */
  saveTarget(input: { blockId: number; target: string; status: BlockStatus }): Promise<BlockDto>;
  /** Earlier versions of a block's English, newest first. */
  getHistory(input: { blockId: number }): Promise<RevisionDto[]>;
  /** Progress counts for the open project. */
  getStats(input: Record<string, never>): Promise<ProjectStats>;
}

/** The name of one contract method. */
export type WorkbenchMethod = keyof WorkbenchApi;

const empty = z.object({}).strict();
const filePayload = z.object({ fileName: z.string().min(1).max(1024), dataBase64: z.string() }).strict();
const importOptions = z.object({ repairPunctuation: z.boolean().optional() }).strict();
const id = z.number().int().nonnegative();

/**
 * Runtime validators for every method's payload. Transports validate with these before calling
 * the host, so a compromised renderer or a stray HTTP client cannot pass anything else.
 * The `satisfies` clause makes the compiler prove the map covers the contract exactly.
 */
export const workbenchInputs = {
  getSession: empty,
  openSample: empty,
  openProject: z.object({ path: z.string().min(1).max(4096) }).strict(),
  previewImport: z.object({ file: filePayload, options: importOptions.optional() }).strict(),
  createProject: z
    .object({ file: filePayload, name: z.string().min(1).max(200).optional(), options: importOptions.optional() })
    .strict(),
  listBlocks: z.object({ documentId: id }).strict(),
  saveTarget: z
    .object({ blockId: id, target: z.string().max(1_000_000), status: z.enum(BLOCK_STATUSES as [BlockStatus, ...BlockStatus[]]) })
    .strict(),
  getHistory: z.object({ blockId: id }).strict(),
  getStats: empty,
} satisfies { [K in WorkbenchMethod]: z.ZodType<Parameters<WorkbenchApi[K]>[0]> };

export { WORKBENCH_METHODS, channelFor } from './methods.ts';

/** The result envelope used by both transports, since Electron's `invoke` keeps only `message` of errors. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; details: Record<string, string | number> } };

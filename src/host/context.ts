import type { Logger } from '../shared/logger.ts';
import type { ProjectStore } from './storage/project-store.ts';

/**
 * What a feature's host methods get from the workbench: the open project (throws
 * `host:errors.noProject` when none is open), the clock, the workspace folder and the logger. Each feature
 * (glossary, annotations, export, batch edits) builds its slice of `WorkbenchApi` from this in its
 * own folder, and `createWorkbench` spreads the slices together.
 */
export interface HostContext {
  readonly project: () => ProjectStore;
  /** Epoch milliseconds; injected so tests control time. */
  readonly now: () => number;
  readonly workspaceDir: string;
  /** Where to report what happened; a null logger in tests. Never log document text above debug. */
  readonly logger: Logger;
}

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecentProject } from '../shared/dto.ts';

/** How many projects the recent list keeps. */
export const MAX_RECENT = 10;

interface RecentEntry {
  readonly path: string;
  readonly name: string;
  readonly openedAt: string;
}

function recentFile(workspaceDir: string): string {
  return join(workspaceDir, 'recent.json');
}

// A missing or damaged recent.json is not worth an error dialog: start a fresh list.
function readEntries(workspaceDir: string): RecentEntry[] {
  try {
    const data: unknown = JSON.parse(readFileSync(recentFile(workspaceDir), 'utf8'));
    if (!Array.isArray(data)) return [];
    return data.filter(
      (e): e is RecentEntry =>
        typeof e === 'object' && e !== null && typeof e.path === 'string' && typeof e.name === 'string' && typeof e.openedAt === 'string',
    );
  } catch {
    return [];
  }
}

/** The recent projects, most recent first, with `exists` checked now. */
export function readRecent(workspaceDir: string): RecentProject[] {
  return readEntries(workspaceDir).map((entry) => ({ ...entry, exists: existsSync(entry.path) }));
}

/**
 * Moves (or adds) `path` to the top of the list, keeps {@link MAX_RECENT} entries and writes the
 * file atomically (temp file + rename) so a crash never leaves half a JSON file.
 */
export function rememberRecent(workspaceDir: string, project: { path: string; name: string }, now: number): void {
  const entries = readEntries(workspaceDir).filter((entry) => entry.path !== project.path);
  entries.unshift({ path: project.path, name: project.name, openedAt: new Date(now).toISOString() });
  mkdirSync(workspaceDir, { recursive: true });
  const temp = `${recentFile(workspaceDir)}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(entries.slice(0, MAX_RECENT), null, 2)}\n`);
  renameSync(temp, recentFile(workspaceDir));
}

import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where Duizhao keeps `recent.json`, the sample project and new projects when the user did not
 * choose a place: `$DUIZHAO_HOME` if set; otherwise the platform's per-user data folder
 * (`$XDG_DATA_HOME/duizhao` or `~/.local/share/duizhao` on Linux, `%APPDATA%\duizhao` on Windows,
 * `~/Library/Application Support/duizhao` on macOS). Does not create the folder.
 */
export function defaultWorkspaceDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.DUIZHAO_HOME) return env.DUIZHAO_HOME;
  const home = env.HOME || homedir();
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'duizhao');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'duizhao');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'duizhao');
}

/** Folder for projects created inside the workspace. */
export function projectsDir(workspaceDir: string): string {
  return join(workspaceDir, 'projects');
}

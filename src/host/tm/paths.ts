/** Where a project's working TM lives: a file beside the project (`p.duizhao` → `p.working.duizhao-tm`). */
export function workingTmPath(projectPath: string): string {
  return `${projectPath.replace(/\.duizhao$/, '')}.working.duizhao-tm`;
}

/** The file extension of Duizhao TM files. */
export const TM_EXTENSION = '.duizhao-tm';

import { AppError } from '../../core/model/index.ts';
import type { WorkbenchApi } from '../../shared/api.ts';
import type { ProjectInfo } from '../../shared/dto.ts';
import type { HostContext } from '../context.ts';
import { uniqueProjectPath } from '../project-file.ts';
import { decodeFilePayload, fileStem } from '../source-file.ts';
import { projectsDir } from '../workspace.ts';
import { alignFiles } from './align-files.ts';
import { writeAlignedProject } from './aligned-project.ts';

/**
 * The alignment slice of the contract: preview two uploaded files' alignment, or create a
 * project from them in the workspace (Chinese paragraphs as blocks, aligned English as draft) and
 * open it through `open`. Nothing is written by the preview.
 */
export function alignMethods(ctx: HostContext, open: (path: string) => ProjectInfo): Pick<WorkbenchApi, 'previewAlignment' | 'createAlignedProject'> {
  return {
    async previewAlignment({ zhFile, enFile, lines }) {
      const outcome = await alignFiles(
        { name: zhFile.fileName, bytes: decodeFilePayload(zhFile) },
        { name: enFile.fileName, bytes: decodeFilePayload(enFile) },
        { lines: lines === true },
      );
      const kinds: Record<string, number> = {};
      for (const b of outcome.beads) {
        const kind = `${b.zh.length}-${b.en.length}`;
        kinds[kind] = (kinds[kind] ?? 0) + 1;
      }
      return { zh: outcome.zh, en: outcome.en, beads: outcome.beads, kinds, warnings: outcome.warnings };
    },

    async createAlignedProject({ zhFile, enFile, lines, name }) {
      const outcome = await alignFiles(
        { name: zhFile.fileName, bytes: decodeFilePayload(zhFile) },
        { name: enFile.fileName, bytes: decodeFilePayload(enFile) },
        { lines: lines === true },
      );
      const projectName = name?.trim() || fileStem(zhFile.fileName);
      // Another process may take the same name between the check and the link; try the next one.
      for (let attempt = 0; ; attempt++) {
        const path = uniqueProjectPath(projectsDir(ctx.workspaceDir), projectName);
        try {
          writeAlignedProject(path, zhFile.fileName, outcome, ctx.now(), projectName);
          return open(path);
        } catch (error) {
          if (!(error instanceof AppError && error.code === 'host:errors.projectExists') || attempt >= 5) throw error;
        }
      }
    },
  };
}

import type { WorkbenchApi } from '../../shared/api.ts';
import type { HostContext } from '../context.ts';
import { decodeFilePayload } from '../source-file.ts';
import { defaultAnnotationSource } from './default-source.ts';
import type { AnnotationSource } from './annotation-source.ts';
import { renderProject } from './export-project.ts';
import { importTranslationFile } from './import-translations.ts';
import { exportsDir, saveUnique } from './save.ts';

/**
 * The export slice of the contract. `exportProject` renders the open project, saves a copy in
 * `<workspace>/exports` (never overwriting) and returns the bytes as base64 for a download;
 * `importTranslations` merges an XLIFF/TMX file into the open project in one transaction.
 * `annotations` reads the annotation records (injectable for tests).
 */
export function exportMethods(
  ctx: HostContext,
  annotations: AnnotationSource = defaultAnnotationSource,
): Pick<WorkbenchApi, 'exportProject' | 'importTranslations'> {
  return {
    async exportProject(request) {
      const { stem, files } = renderProject(ctx.project(), annotations, request);
      return saveUnique(exportsDir(ctx.workspaceDir), stem, files).map((file) => ({
        fileName: file.fileName,
        mimeType: file.mimeType,
        dataBase64: Buffer.from(file.bytes).toString('base64'),
        savedTo: file.savedTo,
      }));
    },

    async importTranslations({ file }) {
      const { updated, conflicts, unmatched } = importTranslationFile(ctx.project(), file.fileName, decodeFilePayload(file), ctx.now());
      return { updated, conflicts, unmatched };
    },
  };
}

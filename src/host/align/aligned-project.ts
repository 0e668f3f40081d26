import { writeNewProject } from '../project-file.ts';
import { fileStem, toNewDocument } from '../source-file.ts';
import type { AlignOutcome } from './align-files.ts';
import { draftsByParagraph } from './align-files.ts';

/**
 * Creates a project at `path` from an alignment: the blocks are the Chinese paragraphs, each
 * with the English aligned to it as a draft (never confirmed: the user checks it). Atomic: the
 * file appears complete or not at all, and an existing file is never overwritten.
 * Paragraph level for now: sentence beads become stored segments once the project model has them.
 */
export function writeAlignedProject(path: string, zhFileName: string, outcome: AlignOutcome, now: number, name = fileStem(zhFileName)): void {
  const drafts = draftsByParagraph(outcome, outcome.zhParagraphs.paragraphs.length);
  writeNewProject(path, { name, sourceLang: 'zh-CN', targetLang: 'en' }, [toNewDocument(zhFileName, outcome.zhParagraphs)], now, (store, [documentId]) => {
    if (documentId === undefined) return;
    const edits = store
      .listBlocks(documentId)
      .map((block, k) => ({ blockId: block.id, target: drafts[k] ?? '', status: 'draft' as const }))
      .filter((edit) => edit.target !== '');
    store.applyTargets(edits, now);
  });
}

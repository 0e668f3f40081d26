import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ProjectStore } from '../storage/project-store.ts';
import { glossaryStoreOf, importGlossaryInto } from './glossary-methods.ts';

/** File name of the starter glossary shipped beside the sample article. */
export const SAMPLE_GLOSSARY_FILE_NAME = 'linxi-glossary.tbx';

/**
 * Imports the starter glossary into a freshly created sample project. The TBX is looked up beside
 * the sample source (`samplePath`), so bundled builds that relocate the sample relocate it too; a
 * missing file is skipped (the sample still opens). Opens and closes the project itself, so call
 * it before the project is opened for editing.
 */
export function addSampleGlossary(projectPath: string, samplePath: string, now: number): void {
  const tbx = join(dirname(samplePath), SAMPLE_GLOSSARY_FILE_NAME);
  if (!existsSync(tbx)) return;
  const project = ProjectStore.open(projectPath);
  try {
    importGlossaryInto(glossaryStoreOf(project), SAMPLE_GLOSSARY_FILE_NAME, new Uint8Array(readFileSync(tbx)), now);
  } finally {
    project.close();
  }
}

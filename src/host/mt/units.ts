import type { BlockDto } from '../../shared/dto.ts';
import type { ProjectStore } from '../storage/project-store.ts';
import type { MtStore } from './mt-store.ts';

/**
 * One row MT can fill. Today a paragraph (block); when sentence segments land they become units
 * too, through another {@link MtUnitSource} — the run in pretranslate.ts only sees this shape.
 */
export interface MtUnit {
  /** Stable id for reports: `block:12` (a segment source would use `segment:…`). */
  readonly key: string;
  readonly blockId: number;
  readonly source: string;
  /** Chinese of the preceding rows (nearest last) and following rows (nearest first), context only. */
  readonly before: readonly string[];
  readonly after: readonly string[];
  /** Whether MT may fill it: a Chinese source, no English, status `new`, never saved by anyone. */
  readonly eligible: boolean;
}

/** Where MT reads rows from and writes drafts to: the seam between the MT run and the row model. */
export interface MtUnitSource {
  /** Every row in scope, in document order, eligible or not (the others are counted as skipped). */
  units(): MtUnit[];
  /**
   * Writes an MT draft into `unit` if it is STILL eligible (checked again inside the write
   * transaction); returns false and writes nothing otherwise.
   */
  fill(unit: MtUnit, target: string, origin: { provider: string; model: string }, now: number): boolean;
}

/** Which blocks to consider and how much context to send. */
export interface BlockUnitOptions {
  /** Only these blocks (a selection or the current filter); all blocks when absent. */
  readonly blockIds?: ReadonlySet<number>;
  /** Neighbouring rows sent as context: this many before and after (defaults 2 and 1). */
  readonly contextBefore?: number;
  readonly contextAfter?: number;
}

const usable = (b: BlockDto): boolean => b.source.trim() !== '';

/**
 * Paragraph rows as MT units: every block of every document, with neighbouring blocks of the same
 * document as context, filled through {@link MtStore.fillDraft} (draft status, MT origin recorded).
 */
export function blockUnits(project: ProjectStore, mt: MtStore, options: BlockUnitOptions = {}): MtUnitSource {
  const nBefore = options.contextBefore ?? 2;
  const nAfter = options.contextAfter ?? 1;
  return {
    units() {
      const edited = new Set(
        (project.db.prepare('SELECT DISTINCT block_id AS id FROM revisions').all() as { id: number }[]).map((r) => r.id),
      );
      const units: MtUnit[] = [];
      for (const document of project.documents()) {
        const blocks = project.listBlocks(document.id);
        blocks.forEach((block, i) => {
          if (options.blockIds && !options.blockIds.has(block.id)) return;
          const before = blocks.slice(Math.max(0, i - nBefore), i).filter(usable).map((b) => b.source);
          const after = blocks.slice(i + 1, i + 1 + nAfter).filter(usable).map((b) => b.source);
          const eligible = usable(block) && block.status === 'new' && block.target.trim() === '' && !edited.has(block.id);
          units.push({ key: `block:${block.id}`, blockId: block.id, source: block.source, before, after, eligible });
        });
      }
      return units;
    },
    fill(unit, target, origin, now) {
      return mt.fillDraft(unit.blockId, target, origin, now);
    },
  };
}

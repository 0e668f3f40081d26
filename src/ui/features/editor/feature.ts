import type { I18nKey } from '../../../core/i18n/keys.ts';
import { createContext, type ComponentType } from 'react';
import type { Plugin } from 'prosemirror-state';
import type { WorkbenchApi } from '../../../shared/api.ts';
import type { BlockDto, ProjectInfo } from '../../../shared/dto.ts';
import type { MappedRange } from '../../../shared/feature-dto.ts';
import type { BlockStatus } from '../../../core/model/index.ts';
import type { ViewRegistry } from './view-registry.ts';

/**
 * What a feature (glossary, annotations, find…) is given by the translation grid. `blocks` are
 * as loaded; `currentTarget` gives the latest English of a block, including unsaved typing.
 */
export interface FeatureEnv {
  readonly api: WorkbenchApi;
  readonly project: ProjectInfo;
  readonly documentId: number;
  readonly blocks: readonly BlockDto[];
  readonly registry: ViewRegistry;
  readonly currentTarget: (blockId: number) => string;
  /** Scrolls row `index` (0-based) into view and puts the caret in its English editor. */
  readonly focusRow: (index: number) => void;
  /** Scrolls row `index` (0-based) into view without moving the focus (find next, go to row). */
  readonly revealRow: (index: number) => void;
  /** Brings a feature's side-panel tab to the front (e.g. Ctrl+F shows the find panel). */
  readonly showPanel: (featureId: string) => void;
  /**
   * Puts fresh copies of blocks from the host into the grid (after replace all, undo, restore):
   * rows re-render and mounted English editors take the new text without a save.
   */
  readonly replaceRows: (updated: readonly BlockDto[]) => void;
  /** Saves all typing not yet saved; call before a host write that reads those blocks. */
  readonly flushSaves: () => Promise<void>;
  /** The live status of a block (including unsaved changes). */
  readonly currentStatus: (blockId: number) => BlockStatus;
}

/** What a {@link RowFilter} may look at besides the block: live state and every feature's flags. */
export interface RowFacts {
  /** The live status (including unsaved changes). */
  readonly status: BlockStatus;
  /** The latest English (including unsaved typing). */
  readonly target: string;
  /** Whether the {@link RowFlag} with this id holds for the row; false when no feature provides it. */
  readonly flag: (flagId: string) => boolean;
}

/**
 * A predicate the grid applies to every row: a row is shown only if every feature's filter
 * accepts it. Called for all rows when any feature's contributions change, never per keystroke,
 * so it must be cheap (O(row)). Rows filtered out are skipped by Ctrl+↑/↓ and Enter-to-next.
 */
export type RowFilter = (block: BlockDto, facts: RowFacts) => boolean;

/**
 * A yes/no fact about rows that one feature knows and other features filter on, e.g.
 * `annotated` (annotations feature) or `qa-finding` (QA feature). The navigate feature lists every
 * flag of every feature as a filter option. Return a new RowFlag object when the answer changes
 * (new annotation…), so the grid re-applies filters.
 */
export interface RowFlag {
  /** Well-known ids: `annotated`, `qa-finding`; a later feature with the same id replaces an earlier one. */
  readonly id: string;
  /** i18n key (namespace:key) of the filter's label. */
  readonly labelKey: I18nKey;
  readonly has: (blockId: number) => boolean;
}

/**
 * A feature's contributions to the grid. Plugins are created when a row mounts (rows are
 * virtualised), so they read the feature's current data at creation and receive later changes as
 * transaction metadata pushed through the {@link ViewRegistry}. Every member is optional.
 */
export interface WorkbenchFeature {
  /** Stable name, used as the React key and in data-* attributes. */
  readonly id: string;
  /** ProseMirror plugins for a block's read-only Chinese view (decorations, hover, keys). */
  readonly sourcePlugins?: (block: BlockDto) => Plugin[];
  /** ProseMirror plugins for a block's English editor (keys, decorations, range mapping). */
  readonly targetPlugins?: (block: BlockDto) => Plugin[];
  /** Extra content shown under a row's cells (findings, badges); return null for nothing. */
  readonly RowAddon?: ComponentType<{ readonly block: BlockDto }>;
  /** A tab in the side panel; `titleKey` is its i18n key (namespace:key). */
  readonly panel?: { readonly titleKey: I18nKey; readonly Component: ComponentType };
  /** Rendered once in the project bar (buttons, dialogs the feature opens). */
  readonly Toolbar?: ComponentType;
  /** Hides rows that do not match (see {@link RowFilter}); null or absent shows all rows. */
  readonly rowFilter?: RowFilter | null;
  /** Facts about rows this feature can answer, for other features' filters (see {@link RowFlag}). */
  readonly rowFlags?: readonly RowFlag[];
  /**
   * The block's target-side annotation ranges as its editor mapped them (annotations feature);
   * the grid attaches them to each save of the block's English so the host moves the spans.
   */
  readonly rangesFor?: (blockId: number) => readonly MappedRange[] | undefined;
  /**
   * Asked before a row is confirmed (Ctrl+Enter) with its latest English: `true` lets it go on at
   * once; a promise holds the confirm until it settles (a question to the user, e.g. QA findings)
   * and confirms only if it resolves to true.
   */
  readonly beforeConfirm?: (blockId: number, target: string) => true | Promise<boolean>;
}

/** The ranges the features give for a block (the first feature that has any), for the save queue. */
export function rangesFromFeatures(features: readonly WorkbenchFeature[], blockId: number): readonly MappedRange[] | undefined {
  for (const feature of features) {
    const ranges = feature.rangesFor?.(blockId);
    if (ranges) return ranges;
  }
  return undefined;
}

/** The features of the open project, for rows deep in the grid. */
export const FeaturesContext = createContext<readonly WorkbenchFeature[]>([]);

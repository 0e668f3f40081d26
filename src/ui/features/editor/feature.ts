import { createContext, type ComponentType } from 'react';
import type { Plugin } from 'prosemirror-state';
import type { WorkbenchApi } from '../../../shared/api.ts';
import type { BlockDto, ProjectInfo } from '../../../shared/dto.ts';
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
  /** Brings a feature's side-panel tab to the front (e.g. Ctrl+F shows the find panel). */
  readonly showPanel: (featureId: string) => void;
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
  readonly panel?: { readonly titleKey: string; readonly Component: ComponentType };
  /** Rendered once in the project bar (buttons, dialogs the feature opens). */
  readonly Toolbar?: ComponentType;
}

/** The features of the open project, for rows deep in the grid. */
export const FeaturesContext = createContext<readonly WorkbenchFeature[]>([]);

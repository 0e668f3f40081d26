import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Virtualizer } from '@tanstack/react-virtual';
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { WorkbenchApi } from '../../../shared/api.ts';
import type { BlockDto, ProjectInfo } from '../../../shared/dto.ts';
import type { BlockStatus } from '../../../core/model/index.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { useSaveQueue } from './use-save-queue.ts';
import { FailedEdits } from './FailedEdits.tsx';
import { useBlocks } from './use-blocks.ts';
import { useProgress } from './use-progress.ts';
import { applyRowFilters, nextVisibleUnconfirmed, type VisibleRows } from './visible-rows.ts';
import { VirtualGrid } from './VirtualGrid.tsx';
import { RowUpgrader } from './row-upgrader.ts';
import type { RowActions } from './keymap.ts';
import { ViewRegistry, type Pane } from './view-registry.ts';
import { FeaturesContext, rangesFromFeatures, type FeatureEnv, type WorkbenchFeature } from './feature.ts';
import { useFeatures } from './use-features.ts';
import { SidePanel } from './SidePanel.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { asWorkbenchError } from '../../platform/workbench-error.ts';

/** Props of {@link ProjectView}. */
export interface ProjectViewProps {
  readonly api: WorkbenchApi;
  readonly project: ProjectInfo;
}

/**
 * The translation grid of the open project's first document: virtualised rows (variable heights,
 * only visible rows mount editors), saving, keyboard navigation between visible rows, the
 * progress bar, and the features (glossary, annotations, find…) that decorate, filter and add
 * side panels. Text lives in the row editors while typing; `useBlocks` keeps the latest text per
 * block so a row scrolled out and back shows what was typed. A keystroke costs O(1) here: it
 * re-renders nothing unless the row's status or the save indicator changes.
 */
export function ProjectView({ api, project }: ProjectViewProps) {
  const { t } = useTranslation('editor');
  const documentId = project.documents[0]?.id ?? -1;
  const { queue, state: saveState } = useSaveQueue(api, project.path);
  const { rows, statuses, statusVersion, setStatus, texts, replaceRows, loaded, loadError } = useBlocks(api, documentId, queue);
  const registry = useMemo(() => new ViewRegistry(), []);
  const upgrader = useMemo(() => new RowUpgrader(), []);
  useEffect(() => () => upgrader.dispose(), [upgrader]);
  const pendingFocus = useRef<number | null>(null);
  const virtualizerRef = useRef<Virtualizer<HTMLDivElement, Element> | null>(null);
  const [activePanel, setActivePanel] = useState<string | null>(null);

  const indexOf = useMemo(() => new Map(rows.map((b, i) => [b.id, i])), [rows]);
  // Callbacks read the grid's latest layout through this ref (set below, once it is computed),
  // so their identities, and with them the features' env, stay stable across renders.
  const live = useRef<{ rows: readonly BlockDto[]; visible: VisibleRows; indexOf: ReadonlyMap<number, number> } | null>(null);

  const focusRow = useCallback(
    (index: number) => {
      const { rows: all, visible: shown } = live.current!;
      const v = virtualizerRef.current;
      const block = all[index];
      if (!block) return;
      const pos = shown.positionOf(index);
      const view = registry.get(block.id, 'target');
      const isStatic = upgrader.isStatic(block.id); // mounted while scrolling, not yet editors
      if (pos !== null) v?.scrollToIndex(pos, { align: view || isStatic ? 'auto' : 'center' });
      if (view && pos !== null) return focusAtEnd(view);
      pendingFocus.current = block.id; // focused when its editor mounts (after scrolling or un-filtering)
      upgrader.now(block.id); // now if static, else it mounts with editors
    },
    [registry, upgrader],
  );


  const revealRow = useCallback((index: number) => {
    const { rows: all, visible: shown } = live.current!;
    const pos = shown.positionOf(index);
    if (pos === null) return;
    virtualizerRef.current?.scrollToIndex(pos, { align: 'center' });
    // Features reveal a row to work in it (find, replace): its editors are wanted at once.
    const block = all[index];
    if (block) upgrader.now(block.id);
  }, [upgrader]);

  const onText = useCallback(
    (block: BlockDto, text: string) => {
      texts.current.set(block.id, text);
      // Any edit re-opens a row: a confirmed row that changes is a draft again.
      const status: BlockStatus = text.trim() ? 'draft' : 'new';
      setStatus(block.id, status);
      queue.update({ blockId: block.id, target: text, status });
    },
    [queue, setStatus, texts],
  );

  const onBlur = useCallback(() => void queue.flush().catch(() => undefined), [queue]);

  // Features that may hold a confirm (QA asks about findings); read at confirm time.
  const featuresRef = useRef<readonly WorkbenchFeature[]>([]);

  const actionsFor = useCallback(
    (block: BlockDto): RowActions => {
      const confirmNow = (text: string) => {
        setStatus(block.id, 'confirmed');
        queue.update({ blockId: block.id, target: text, status: 'confirmed' });
        void queue.flush().catch(() => undefined);
        const { rows: all, visible: shown, indexOf: where } = live.current!;
        const next = nextVisibleUnconfirmed(all, shown, where.get(block.id) ?? 0, (id) => statuses.get(id));
        if (next !== null) focusRow(next);
      };
      return {
        confirm: () => {
          const text = texts.current.get(block.id) ?? block.target;
          // A feature may hold the confirm for a question (QA findings): asked once, then done or not.
          const held = featuresRef.current.map((f) => f.beforeConfirm?.(block.id, text) ?? true).filter((r): r is Promise<boolean> => r !== true);
          if (held.length === 0) return confirmNow(text);
          void Promise.all(held).then((answers) => {
            if (answers.every(Boolean)) confirmNow(texts.current.get(block.id) ?? block.target);
          });
        },
        move: (delta) => {
          const { visible: shown, indexOf: where } = live.current!;
          const next = shown.step(where.get(block.id) ?? 0, delta);
          if (next !== null) focusRow(next);
        },
      };
    },
    [focusRow, queue, setStatus, statuses, texts],
  );

  const registerView = useCallback(
    (blockId: number, pane: Pane, view: EditorView | null) => {
      registry.set(blockId, pane, view);
      if (view && pane === 'target' && pendingFocus.current === blockId) {
        pendingFocus.current = null;
        focusAtEnd(view);
      }
    },
    [registry],
  );

  const flushSaves = useCallback(() => queue.flush(), [queue]);
  const currentStatus = useCallback((blockId: number) => statuses.get(blockId) ?? 'new', [statuses]);
  const currentTarget = useCallback(
    (blockId: number) => texts.current.get(blockId) ?? live.current!.rows[live.current!.indexOf.get(blockId) ?? -1]?.target ?? '',
    [texts],
  );
  const env: FeatureEnv = useMemo(
    () => ({ api, project, documentId, blocks: rows, registry, currentTarget, focusRow, revealRow, showPanel: setActivePanel, replaceRows, flushSaves, currentStatus }),
    [api, project, documentId, rows, registry, currentTarget, focusRow, revealRow, replaceRows, flushSaves, currentStatus],
  );
  const featureList = useFeatures(env);
  // useFeatures returns a fresh array each render; keep the old one while every member is the
  // same, so rows (context consumers) and filters are not redone for nothing. Decided during
  // render, not in an effect, because rows read their plugins when they first mount.
  const stableFeatures = useRef<readonly WorkbenchFeature[]>(featureList);
  const prev = stableFeatures.current;
  if (prev.length !== featureList.length || prev.some((f, i) => f !== featureList[i])) stableFeatures.current = featureList;
  const features = stableFeatures.current;
  featuresRef.current = features;
  // Annotation ranges mapped by the editors travel with each save of the English (see SaveQueue).
  useEffect(() => queue.setRangesProvider((blockId) => rangesFromFeatures(features, blockId)), [queue, features]);

  const visible: VisibleRows = useMemo(
    () => applyRowFilters(rows, features, (id) => statuses.get(id), (id) => texts.current.get(id)),
    // statusVersion stands for the mutable statuses map.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, features, statusVersion, statuses, texts],
  );
  live.current = { rows, visible, indexOf };

  const stats = useProgress(rows, statuses, statusVersion);

  // Rows get the same block object while their text is unchanged, so memo(BlockRow) skips them.
  const shown = useRef(new Map<number, BlockDto>());
  const blockFor = useCallback(
    (block: BlockDto): BlockDto => {
      const text = texts.current.get(block.id);
      if (text === undefined || text === block.target) return block;
      const cached = shown.current.get(block.id);
      if (cached && cached.target === text && cached.updatedAt === block.updatedAt) return cached;
      const next = { ...block, target: text };
      shown.current.set(block.id, next);
      return next;
    },
    [texts],
  );

  if (loadError) return <ErrorBanner error={loadError} />;
  if (!loaded) return <div className="loading">{t('loading')}</div>;

  return (
    <FeaturesContext.Provider value={features}>
      <section className="project" aria-label={project.name}>
        <div className="project-bar">
          <h1 className="project-name" lang="zh-Hans">
            {project.name}
          </h1>
          <ProgressBar stats={stats} />
          {features.map((f) => (f.Toolbar ? <f.Toolbar key={f.id} /> : null))}
          <span className="save-state" data-testid="save-state" role="status">
            {saveState.error ? t('save.failing') : saveState.pending ? t('save.pending') : t('save.saved')}
          </span>
        </div>
        {saveState.error ? <ErrorBanner error={asWorkbenchError(saveState.error)} /> : null}
        {saveState.failed ? <FailedEdits failed={saveState.failed} onClear={() => queue.clearFailed()} /> : null}
        <div className="project-body">
          <div className="grid-column">
            <div className="grid-header" aria-hidden="true">
              <span />
              <span>{t('column.source')}</span>
              <span>{t('column.target')}</span>
            </div>
            <VirtualGrid
              rows={rows}
              visible={visible}
              indexOf={indexOf}
              statuses={statuses}
              statusVersion={statusVersion}
              blockFor={blockFor}
              onText={onText}
              onBlur={onBlur}
              actionsFor={actionsFor}
              registerView={registerView}
              virtualizerRef={virtualizerRef}
              pendingFocus={pendingFocus}
              upgrader={upgrader}
            />
          </div>
          <SidePanel features={features} active={activePanel} onSelect={setActivePanel} />
        </div>
      </section>
    </FeaturesContext.Provider>
  );
}

function focusAtEnd(view: EditorView): void {
  view.focus();
  view.dispatch(view.state.tr.setSelection(TextSelection.atEnd(view.state.doc)));
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { WorkbenchApi } from '../../../shared/api.ts';
import type { BlockDto, ProjectInfo } from '../../../shared/dto.ts';
import { computeStats, type BlockStatus } from '../../../core/model/index.ts';
import { BlockRow } from './BlockRow.tsx';
import { ProgressBar } from './ProgressBar.tsx';
import { useSaveQueue } from './use-save-queue.ts';
import { useBlocks } from './use-blocks.ts';
import { nextUnconfirmed } from './navigation.ts';
import type { RowActions } from './keymap.ts';
import { ViewRegistry, type Pane } from './view-registry.ts';
import { FeaturesContext, type FeatureEnv } from './feature.ts';
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
 * The translation grid of the open project's first document: virtualised rows, saving, keyboard
 * navigation between rows, the progress bar, and the features (glossary, annotations…) that
 * decorate rows and add side panels. Text lives in the row editors while typing; `useBlocks`
 * keeps the latest text per block so a row scrolled out and back shows what was typed.
 */
export function ProjectView({ api, project }: ProjectViewProps) {
  const { t } = useTranslation('editor');
  const documentId = project.documents[0]?.id ?? -1;
  const { queue, state: saveState } = useSaveQueue(api, project.path);
  const { rows, statuses, setStatus, texts, loadError } = useBlocks(api, documentId, queue);
  const registry = useMemo(() => new ViewRegistry(), []);
  const pendingFocus = useRef<number | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const [activePanel, setActivePanel] = useState<string | null>(null);

  const indexOf = useMemo(() => new Map(rows.map((b, i) => [b.id, i])), [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 96,
    overscan: 6,
  });

  const focusRow = useCallback(
    (index: number) => {
      const block = rows[index];
      if (!block) return;
      const view = registry.get(block.id, 'target');
      virtualizer.scrollToIndex(index, { align: 'auto' });
      if (view) focusAtEnd(view);
      else pendingFocus.current = block.id;
    },
    [rows, virtualizer, registry],
  );

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

  const statusesRef = useRef(statuses);
  useEffect(() => {
    statusesRef.current = statuses;
  }, [statuses]);
  const actionsFor = useCallback(
    (block: BlockDto): RowActions => ({
      confirm: () => {
        const text = texts.current.get(block.id) ?? block.target;
        setStatus(block.id, 'confirmed');
        queue.update({ blockId: block.id, target: text, status: 'confirmed' });
        void queue.flush().catch(() => undefined);
        const here = indexOf.get(block.id) ?? 0;
        const statusNow = new Map(statusesRef.current).set(block.id, 'confirmed');
        const next = nextUnconfirmed(rows.map((b) => statusNow.get(b.id) ?? b.status), here);
        if (next !== null) focusRow(next);
      },
      move: (delta) => focusRow((indexOf.get(block.id) ?? 0) + delta),
    }),
    [focusRow, indexOf, queue, rows, setStatus, texts],
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

  const env: FeatureEnv = useMemo(
    () => ({
      api,
      project,
      documentId,
      blocks: rows,
      registry,
      currentTarget: (blockId: number) => texts.current.get(blockId) ?? rows[indexOf.get(blockId) ?? -1]?.target ?? '',
      focusRow,
      showPanel: setActivePanel,
    }),
    [api, project, documentId, rows, registry, texts, indexOf, focusRow],
  );
  const features = useFeatures(env);

  const stats = useMemo(
    () => computeStats(rows.map((b) => ({ source: b.source, target: texts.current.get(b.id) ?? b.target, status: statuses.get(b.id) ?? b.status }))),
    [rows, statuses, texts],
  );

  if (loadError) return <ErrorBanner error={loadError} />;
  if (rows.length === 0 && !statuses.size) return <div className="loading">{t('loading')}</div>;

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
        <div className="project-body">
          <div className="grid-column">
            <div className="grid-header" aria-hidden="true">
              <span />
              <span>{t('column.source')}</span>
              <span>{t('column.target')}</span>
            </div>
            <div className="grid" ref={scroller} data-testid="grid">
              <div className="grid-inner" style={{ height: virtualizer.getTotalSize() }}>
                {virtualizer.getVirtualItems().map((item) => {
                  const block = rows[item.index]!;
                  const text = texts.current.get(block.id);
                  return (
                    <div key={block.id} data-index={item.index} ref={virtualizer.measureElement} className="grid-slot" style={{ transform: `translateY(${item.start}px)` }}>
                      <BlockRow
                        block={text === undefined ? block : { ...block, target: text }}
                        status={statuses.get(block.id) ?? block.status}
                        rowNumber={item.index + 1}
                        onText={onText}
                        onBlur={onBlur}
                        actionsFor={actionsFor}
                        registerView={registerView}
                      />
                    </div>
                  );
                })}
              </div>
            </div>
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

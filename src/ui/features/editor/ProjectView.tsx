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
import { nextUnconfirmed } from './navigation.ts';
import type { RowActions } from './keymap.ts';
import { signal } from '../../app/signals.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { asWorkbenchError, type WorkbenchError } from '../../platform/workbench-error.ts';

/** Props of {@link ProjectView}. */
export interface ProjectViewProps {
  readonly api: WorkbenchApi;
  readonly project: ProjectInfo;
}

/**
 * The translation grid of the open project's first document: virtualised rows, saving, keyboard
 * navigation between rows and the progress bar. Text lives in the row editors while typing; this
 * component keeps the latest text per block so a row scrolled out and back shows what was typed.
 */
export function ProjectView({ api, project }: ProjectViewProps) {
  const { t } = useTranslation('editor');
  const documentId = project.documents[0]?.id;
  const [blocks, setBlocks] = useState<BlockDto[] | null>(null);
  const [statuses, setStatuses] = useState<ReadonlyMap<number, BlockStatus>>(new Map());
  const [loadError, setLoadError] = useState<WorkbenchError | null>(null);
  const texts = useRef(new Map<number, string>());
  const views = useRef(new Map<number, EditorView>());
  const pendingFocus = useRef<number | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const { queue, state: saveState } = useSaveQueue(api, project.path);

  useEffect(() => {
    if (documentId === undefined) return;
    let cancelled = false;
    api.listBlocks({ documentId }).then(
      (loaded) => {
        if (cancelled) return;
        const recoveredStatus = new Map<number, BlockStatus>();
        for (const edit of queue.recovered()) {
          texts.current.set(edit.blockId, edit.target);
          recoveredStatus.set(edit.blockId, edit.status);
        }
        setStatuses(new Map(loaded.map((b) => [b.id, recoveredStatus.get(b.id) ?? b.status])));
        setBlocks(loaded);
        signal('appState', 'ready');
        void queue.flush().catch(() => undefined);
      },
      (error) => !cancelled && setLoadError(asWorkbenchError(error)),
    );
    return () => {
      cancelled = true;
    };
  }, [api, documentId, queue]);

  const rows = useMemo(() => blocks ?? [], [blocks]);
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
      const view = views.current.get(block.id);
      virtualizer.scrollToIndex(index, { align: 'auto' });
      if (view) focusAtEnd(view);
      else pendingFocus.current = block.id;
    },
    [rows, virtualizer],
  );

  const setStatus = useCallback((blockId: number, status: BlockStatus) => {
    setStatuses((prev) => (prev.get(blockId) === status ? prev : new Map(prev).set(blockId, status)));
  }, []);

  const onText = useCallback(
    (block: BlockDto, text: string) => {
      texts.current.set(block.id, text);
      // Any edit re-opens a row: a confirmed row that changes is a draft again.
      const status: BlockStatus = text.trim() ? 'draft' : 'new';
      setStatus(block.id, status);
      queue.update({ blockId: block.id, target: text, status });
    },
    [queue, setStatus],
  );

  const onBlur = useCallback(() => void queue.flush().catch(() => undefined), [queue]);

  const statusesRef = useRef(statuses);
  statusesRef.current = statuses;
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
    [focusRow, indexOf, queue, rows, setStatus],
  );

  const registerView = useCallback((blockId: number, view: EditorView | null) => {
    if (view) {
      views.current.set(blockId, view);
      if (pendingFocus.current === blockId) {
        pendingFocus.current = null;
        focusAtEnd(view);
      }
    } else views.current.delete(blockId);
  }, []);

  const stats = useMemo(
    () => computeStats(rows.map((b) => ({ source: b.source, target: texts.current.get(b.id) ?? b.target, status: statuses.get(b.id) ?? b.status }))),
    [rows, statuses],
  );

  if (loadError) return <ErrorBanner error={loadError} />;
  if (!blocks) return <div className="loading">{t('loading')}</div>;

  return (
    <section className="project" aria-label={project.name}>
      <div className="project-bar">
        <h1 className="project-name" lang="zh-Hans">
          {project.name}
        </h1>
        <ProgressBar stats={stats} />
        <span className="save-state" data-testid="save-state" role="status">
          {saveState.error ? t('save.failing') : saveState.pending ? t('save.pending') : t('save.saved')}
        </span>
      </div>
      {saveState.error ? <ErrorBanner error={asWorkbenchError(saveState.error)} /> : null}
      <div className="grid-header" aria-hidden="true">
        <span />
        <span>{t('column.source')}</span>
        <span>{t('column.target')}</span>
      </div>
      <div className="grid" ref={scroller} data-testid="grid">
        <div className="grid-inner" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const block = rows[item.index]!;
            return (
              <div key={block.id} data-index={item.index} ref={virtualizer.measureElement} className="grid-slot" style={{ transform: `translateY(${item.start}px)` }}>
                <BlockRow
                  block={texts.current.has(block.id) ? { ...block, target: texts.current.get(block.id)! } : block}
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
    </section>
  );
}

function focusAtEnd(view: EditorView): void {
  view.focus();
  view.dispatch(view.state.tr.setSelection(TextSelection.atEnd(view.state.doc)));
}

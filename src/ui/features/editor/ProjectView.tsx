import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Virtualizer } from '@tanstack/react-virtual';
import { TextSelection, type EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { derivedStatus } from '../../../core/segments/join.ts';
import type { SegmentInput } from '../../../shared/feature-dto.ts';
import { docText, segmentsOf } from './schema.ts';
import { EXTERNAL } from './TargetEditor.tsx';
import { ViewModeToggle, SegmentNoticeLine } from './ViewModeToggle.tsx';
import type { WorkbenchApi } from '../../../shared/api.ts';
import type { BlockDto, ProjectInfo, SegmentDto, ViewMode } from '../../../shared/dto.ts';
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
  const onSaved = useRef<((block: BlockDto) => void) | null>(null);
  // Latest segments per block as the editors hold them, when they differ from `rows`.
  const localSegments = useRef(new Map<number, readonly SegmentDto[]>());
  const { queue, state: saveState } = useSaveQueue(api, project.path, onSaved);
  const [mode, setMode] = useState<ViewMode>(project.viewMode ?? 'sentence');
  const modeRef = useRef(mode);
  modeRef.current = mode;
  // Edited rows' editor states, kept while they are scrolled out of the virtualised grid.
  const kept = useMemo(() => new Map<number, EditorState>(), []);

  const { rows, statuses, statusVersion, setStatus, texts, replaceRows: replaceHostRows, loaded, loadError } = useBlocks(api, documentId, queue);
  // Segment work recovered from the journal (typed before a crash, not yet saved) shows at once.
  useMemo(() => {
    for (const edit of queue.recovered()) {
      if (edit.segments) localSegments.current.set(edit.blockId, edit.segments.map((seg) => ({ ...seg, id: seg.id ?? -1, revision: 0 })));
    }
  }, [queue]);
  // Blocks changed by the host (replace all, undo of a batch, import) drop their local segments.
  const replaceRows = useCallback(
    (updated: readonly BlockDto[]) => {
      for (const block of updated) localSegments.current.delete(block.id);
      replaceHostRows(updated);
    },
    [replaceHostRows],
  );
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

  const onDoc = useCallback(
    (block: BlockDto, doc: PMNode) => {
      const segments: SegmentDto[] = tileSegments(
        segmentsOf(doc).map((seg) => ({ id: seg.id ?? -1, start: seg.start, end: seg.end, target: seg.text, status: seg.status, origin: seg.origin, revision: 0 })),
      );
      const text = docText(doc);
      localSegments.current.set(block.id, segments);
      texts.current.set(block.id, text);
      // The paragraph's status is derived from its segments' (see core/segments).
      const status = derivedStatus(segments.map((seg) => seg.status));
      setStatus(block.id, status);
      const inputs: SegmentInput[] = segments.map(({ id, start, end, target, status: st, origin }) => ({ ...(id >= 0 ? { id } : {}), start, end, target, status: st, origin }));
      queue.update({ blockId: block.id, target: text, status, segments: inputs });
    },
    [queue, setStatus, texts],
  );

  // A save gives the new part of a split its id: patch the editor (no undo step, no new save).
  onSaved.current = (saved: BlockDto) => {
    const local = localSegments.current.get(saved.id);
    if (!local || !local.some((seg) => seg.id < 0)) return;
    const idOf = (start: number, end: number) => saved.segments.find((seg) => seg.start === start && seg.end === end)?.id;
    localSegments.current.set(saved.id, local.map((seg) => (seg.id >= 0 ? seg : { ...seg, id: idOf(seg.start, seg.end) ?? -1 })));
    const view = registry.get(saved.id, 'target');
    if (!view) return;
    let tr = view.state.tr;
    view.state.doc.forEach((node, pos) => {
      const id = node.attrs.id === null ? idOf(node.attrs.start as number, node.attrs.end as number) : undefined;
      if (id !== undefined) tr = tr.setNodeMarkup(pos, null, { ...node.attrs, id });
    });
    if (tr.docChanged) view.dispatch(tr.setMeta(EXTERNAL, true).setMeta('addToHistory', false));
  };

  const changeMode = useCallback(
    (next: ViewMode) => {
      setMode(next);
      void api.setViewMode({ mode: next }).catch(() => undefined);
    },
    [api],
  );

  const onBlur = useCallback(() => void queue.flush().catch(() => undefined), [queue]);

  // Features that may hold a confirm (QA asks about findings); read at confirm time.
  const featuresRef = useRef<readonly WorkbenchFeature[]>([]);

  const actionsFor = useCallback(
    (block: BlockDto): RowActions => {
      // The editor already confirmed its segment(s); save at once and move on.
      const moveOn = () => {
        void queue.flush().catch(() => undefined);
        const { rows: all, visible: shown, indexOf: where } = live.current!;
        const next = nextVisibleUnconfirmed(all, shown, where.get(block.id) ?? 0, (id) => statuses.get(id));
        if (next !== null) focusRow(next);
      };
      return {
        confirm: () => {
          const text = texts.current.get(block.id) ?? block.target;
          // A feature may hold the move for a question (QA findings), asked once. The segment's
          // status is the editor's (undoable there); the question only decides whether to move on.
          const held = featuresRef.current.map((f) => f.beforeConfirm?.(block.id, text) ?? true).filter((r): r is Promise<boolean> => r !== true);
          if (held.length === 0) return moveOn();
          void Promise.all(held).then((answers) => {
            if (answers.every(Boolean)) moveOn();
          });
        },
        move: (delta) => {
          const { visible: shown, indexOf: where } = live.current!;
          const next = shown.step(where.get(block.id) ?? 0, delta);
          if (next !== null) focusRow(next);
        },
        mode: () => modeRef.current,
      };
    },
    [focusRow, queue, statuses, texts],
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
      const segments = localSegments.current.get(block.id);
      const text = texts.current.get(block.id);
      if ((segments === undefined || segments === block.segments) && (text === undefined || text === block.target)) return block;
      const cached = shown.current.get(block.id);
      if (cached && cached.target === (text ?? block.target) && cached.segments === (segments ?? block.segments) && cached.updatedAt === block.updatedAt) return cached;
      const next = { ...block, target: text ?? block.target, segments: segments ?? block.segments };
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
          <ViewModeToggle mode={mode} onChange={changeMode} />
          {features.map((f) => (f.Toolbar ? <f.Toolbar key={f.id} /> : null))}
          <span className="save-state" data-testid="save-state" role="status">
            {saveState.error ? t('save.failing') : saveState.pending ? t('save.pending') : t('save.saved')}
          </span>
        </div>
        {saveState.error ? <ErrorBanner error={asWorkbenchError(saveState.error)} /> : null}
        {saveState.failed ? <FailedEdits failed={saveState.failed} onClear={() => queue.clearFailed()} /> : null}
        <SegmentNoticeLine />
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
              onDoc={onDoc}
              kept={kept}
              mode={mode}
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

/**
 * The segments an editor document stands for, made to tile the Chinese: a segment without a
 * Chinese range (text the browser typed between the inline segments of the paragraph view, which
 * ProseMirror parses as a new paragraph) gives its English to its neighbour, so nothing typed is
 * lost and the host always gets a valid segmentation.
 */
function tileSegments(list: SegmentDto[]): SegmentDto[] {
  if (list.length < 2) return list;
  const out: SegmentDto[] = [];
  let carry = '';
  for (const seg of list) {
    if (seg.end <= seg.start) {
      const previous = out[out.length - 1];
      if (previous) out[out.length - 1] = { ...previous, target: `${previous.target}${seg.target}` };
      else carry += seg.target;
      continue;
    }
    out.push(carry ? { ...seg, target: `${carry}${seg.target}` } : seg);
    carry = '';
  }
  return out.length > 0 ? out : list;
}

/** Focuses a row's English at the end of its first unconfirmed segment (else at the end). */
function focusAtEnd(view: EditorView): void {
  view.focus();
  let pos = -1;
  view.state.doc.forEach((node, at) => {
    if (pos < 0 && node.attrs.status !== 'confirmed') pos = at + 1 + node.content.size;
  });
  view.dispatch(view.state.tr.setSelection(pos < 0 ? TextSelection.atEnd(view.state.doc) : TextSelection.create(view.state.doc, pos)).scrollIntoView());
}

import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { FeatureEnv, RowFlag, WorkbenchFeature } from '../editor/feature.ts';
import { createActions } from './actions.ts';
import i18next from 'i18next';
import { toasts } from '../../app/toast-store.ts';
import { AnnotationState } from './annotation-state.ts';
import { readAuthor } from './author.ts';
import { AnnotationPanel } from './AnnotationPanel.tsx';
import { AnnotateToolbar } from './AnnotateToolbar.tsx';
import { RowComments } from './BlockComments.tsx';
import type { BlockDto } from '../../../shared/dto.ts';
import { REFRESH, sourceAnnotationKey, sourceAnnotationPlugin, targetAnnotationKey, targetAnnotationPlugin } from './plugins.ts';
import './annotations.css';

/** Whether a block with target-side annotations has another English in `after` than in `before`. */
export function changedAnnotatedTargets(state: AnnotationState, before: ReadonlyMap<number, string>, after: ReadonlyMap<number, string>): boolean {
  return state.annotations.some((a) => a.side === 'target' && before.has(a.blockId) && before.get(a.blockId) !== after.get(a.blockId));
}

/**
 * The annotation feature of the grid: highlights by tag colour in both panes (the English ones
 * mapped through every edit and sent with each save), annotate-the-selection from the toolbar or
 * Ctrl+Shift+A, and a side panel to list, filter, jump to, link, fix and delete annotations and to
 * edit the tag set. Provides the `annotated` row flag for filters.
 */
export function useAnnotationFeature(env: FeatureEnv): WorkbenchFeature {
  const state = useMemo(() => new AnnotationState(), []);
  const envRef = useRef(env);
  envRef.current = env;
  const actions = useMemo(() => createActions(state, () => envRef.current, () => readAuthor(window.localStorage)), [state]);

  useEffect(() => {
    void actions.load();
  }, [actions, env.documentId]);

  // The grid's blocks change only when the host rewrote some (replace all, undo, restore,
  // imported translations). The host re-anchors target spans of such blocks when listing, and
  // marks what it cannot find as orphaned: refetch then, but only if an annotated English changed.
  const seenTargets = useRef<{ documentId: number; targets: ReadonlyMap<number, string> } | null>(null);
  useEffect(() => {
    const targets = new Map(env.blocks.map((b) => [b.id, b.target]));
    const before = seenTargets.current;
    seenTargets.current = { documentId: env.documentId, targets };
    if (!before || before.documentId !== env.documentId) return;
    if (changedAnnotatedTargets(state, before.targets, targets)) void actions.load();
  }, [state, actions, env.blocks, env.documentId]);

  // Bundle changes (load, save, delete, tag colours, hover) reach the mounted rows as plugin meta.
  useEffect(() => {
    let seen = state.paintVersion;
    return state.subscribe(() => {
      if (state.paintVersion === seen) return;
      seen = state.paintVersion;
      envRef.current.registry.forEach('both', (view, _blockId, pane) => {
        view.dispatch(view.state.tr.setMeta(pane === 'source' ? sourceAnnotationKey : targetAnnotationKey, REFRESH));
      });
    });
  }, [state]);

  // An annotation that loses its text is announced when it happens, not found later by chance.
  useEffect(() => {
    let known: ReadonlySet<string> | null = null;
    let seenBundle = -1;
    return state.subscribe(() => {
      if (state.bundleVersion === seenBundle) return;
      seenBundle = state.bundleVersion;
      const now = new Set(state.annotations.filter((a) => a.orphaned || state.where(a).collapsed).map((a) => a.id));
      const fresh = known === null ? 0 : [...now].filter((id) => !known!.has(id)).length;
      known = now;
      if (fresh > 0) toasts.show({ message: i18next.t('annotate:undo.orphaned', { count: fresh, total: now.size }) });
    });
  }, [state]);

  const bundleVersion = useSyncExternalStore(state.subscribe, () => state.bundleVersion);

  const Panel = useMemo(() => () => <AnnotationPanel state={state} actions={actions} env={() => envRef.current} />, [state, actions]);
  const Toolbar = useMemo(() => () => <AnnotateToolbar state={state} actions={actions} env={() => envRef.current} />, [state, actions]);

  const RowAddon = useMemo(() => ({ block }: { readonly block: BlockDto }) => <RowComments block={block} state={state} actions={actions} />, [state, actions]);

  const annotated: RowFlag = useMemo(() => {
    const blocks = new Set(state.annotations.filter((a) => !a.orphaned).map((a) => a.blockId));
    return { id: 'annotated', labelKey: 'annotate:filter.annotated', has: (blockId: number) => blocks.has(blockId) };
    // bundleVersion stands for the state's annotations.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, bundleVersion]);

  return useMemo(
    () => ({
      id: 'annotations',
      sourcePlugins: (block) => [sourceAnnotationPlugin(block.id, state)],
      targetPlugins: (block) => [targetAnnotationPlugin(block.id, state)],
      panel: { titleKey: 'annotate:panel.title', Component: Panel },
      Toolbar,
      RowAddon,
      rowFlags: [annotated],
      rangesFor: (blockId: number) => state.live.get(blockId),
    }),
    [state, Panel, Toolbar, RowAddon, annotated],
  );
}

import { useEffect, useMemo, useRef } from 'react';
import { keymap } from 'prosemirror-keymap';
import type { Command } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { BlockDto } from '../../../shared/dto.ts';
import type { TmMatchDto } from '../../../shared/tm-dto.ts';
import type { FeatureEnv, WorkbenchFeature } from '../editor/feature.ts';
import { textDoc } from '../editor/schema.ts';
import { TmPanel } from './TmPanel.tsx';
import { TmRowBadge, TmToolbar } from './TmToolbar.tsx';
import { repetitionTargets } from './repetitions.ts';
import { TmState } from './tm-state.ts';
import './tm.css';

/** How many matches get a Ctrl+n key (CAT standard Ctrl+1…n; the glossary keeps Alt+1…9). */
export const MATCH_KEYS = 9;

function rowOf(event: FocusEvent): number | null {
  const id = (event.target as Element | null)?.closest?.('.target-host')?.getAttribute('data-block-id');
  return id ? Number(id) : null;
}

/** Replaces a row's English with `text` as one editor transaction (saved and undone like typing). */
export function replaceTarget(view: EditorView, text: string): void {
  view.dispatch(view.state.tr.replaceWith(0, view.state.doc.content.size, textDoc(text).content).scrollIntoView());
  view.focus();
}

/** The TM's state for the open project, one per grid (exported for the panel and toolbar). */
export interface TmContext {
  readonly state: TmState;
  readonly env: () => FeatureEnv;
  /** Runs a concordance search and shows it in the panel. */
  readonly searchConcordance: (query: string, side?: 'source' | 'target') => void;
  /** Inserts match `n` (1-based) into the focused row. */
  readonly insertMatch: (n: number) => boolean;
}

/**
 * Translation memory in the grid: looks up the focused row's Chinese (with its neighbours for
 * context matches) in the project's TMs, lists the matches in a side panel, inserts match n with
 * Ctrl+n, optionally fills an empty row with the best match on entry (as a draft, badged "TM"),
 * fills repetitions when a row is confirmed (one undoable batch, reported in the project bar),
 * and opens a concordance search for the selected text with Ctrl+K.
 */
export function useTmFeature(env: FeatureEnv): WorkbenchFeature {
  const envRef = useRef(env);
  envRef.current = env;
  const state = useMemo(() => new TmState(typeof localStorage === 'undefined' ? null : localStorage), []);
  const seq = useRef(0);

  const ctx: TmContext = useMemo(() => {
    const insertMatch = (n: number): boolean => {
      const { blockId, matches } = state.get();
      const match = matches[n - 1];
      if (blockId === null || !match) return false;
      const view = envRef.current.registry.get(blockId, 'target');
      if (!view) return false;
      replaceTarget(view, match.target);
      state.markFilled(blockId, match.score);
      return true;
    };
    const searchConcordance = (query: string, side: 'source' | 'target' = state.get().concordanceSide) => {
      const q = query.trim();
      state.update({ concordanceQuery: q, concordanceSide: side });
      envRef.current.showPanel('tm');
      if (q === '') return state.update({ concordance: null });
      void envRef.current.api.tmConcordance({ query: q, side, limit: 100 }).then(
        (concordance) => state.update({ concordance }),
        () => state.update({ concordance: { total: 0, hits: [] } }),
      );
    };
    return { state, env: () => envRef.current, insertMatch, searchConcordance };
  }, [state]);

  // Lookup when a row's English editor gets the focus.
  useEffect(() => {
    const autoFill = (block: BlockDto, matches: readonly TmMatchDto[]) => {
      const { settings } = state.get();
      const best = matches[0];
      const e = envRef.current;
      if (!settings.autoFill || !best || best.score < settings.autoFillMin || e.currentTarget(block.id).trim() !== '') return;
      const view = e.registry.get(block.id, 'target');
      if (!view) return;
      replaceTarget(view, best.target);
      state.markFilled(block.id, best.score);
    };
    const onFocus = (event: FocusEvent) => {
      const id = rowOf(event);
      if (id === null || id === state.get().blockId) return;
      const e = envRef.current;
      const index = e.blocks.findIndex((b) => b.id === id);
      const block = e.blocks[index];
      if (!block) return;
      const mine = ++seq.current;
      state.update({ blockId: id, loading: true, matches: [] });
      const prev = e.blocks[index - 1]?.source;
      const next = e.blocks[index + 1]?.source;
      void e.api
        .tmLookup({ source: block.source, ...(prev !== undefined ? { prevSource: prev } : {}), ...(next !== undefined ? { nextSource: next } : {}), limit: MATCH_KEYS, min: state.get().settings.minScore })
        .then(
          (matches) => {
            if (mine !== seq.current) return;
            state.update({ matches, loading: false });
            autoFill(block, matches);
          },
          () => mine === seq.current && state.update({ matches: [], loading: false }),
        );
    };
    // Ctrl+K (memoQ's concordance key): search the selected text, in the Chinese or the English.
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'k') return;
      const selection = window.getSelection();
      const text = selection?.toString() ?? '';
      const anchor = selection?.anchorNode instanceof Element ? selection.anchorNode : selection?.anchorNode?.parentElement;
      const side = anchor?.closest('.target-host') ? 'target' : 'source';
      event.preventDefault();
      ctx.searchConcordance(text || state.get().concordanceQuery, side);
    };
    document.addEventListener('focusin', onFocus);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('keydown', onKey);
    };
  }, [state, ctx]);

  return useMemo((): WorkbenchFeature => {
    const Panel = () => <TmPanel ctx={ctx} />;
    const Toolbar = () => <TmToolbar ctx={ctx} />;
    const RowAddon = ({ block }: { readonly block: BlockDto }) => <TmRowBadge ctx={ctx} blockId={block.id} />;
    return {
      id: 'tm',
      panel: { titleKey: 'tm:panel.title', Component: Panel },
      Toolbar,
      RowAddon,
      targetPlugins: (block) => {
        const keys: Record<string, Command> = {};
        for (let n = 1; n <= MATCH_KEYS; n++) keys[`Mod-${n}`] = (_s, _d, view) => (view?.composing ? false : ctx.insertMatch(n));
        // Runs before the grid's own Ctrl+Enter (feature plugins come first) and lets it through:
        // once the confirm is saved, rows with the same Chinese are filled (one undoable batch).
        keys['Mod-Enter'] = (_s, _d, view) => {
          if (!view || view.composing || !state.get().settings.repetitions) return false;
          const text = view.state.doc.textContent;
          if (text.trim() === '') return false;
          setTimeout(() => void fillRepetitions(ctx, block, text), 0);
          return false;
        };
        return [keymap(keys)];
      },
    };
  }, [ctx, state]);
}

async function fillRepetitions(ctx: TmContext, block: BlockDto, text: string): Promise<void> {
  const env = ctx.env();
  const targets = repetitionTargets(env.blocks, block, env.currentTarget, env.currentStatus);
  if (targets.length === 0) return;
  try {
    await env.flushSaves();
    const result = await env.api.saveTargets({ edits: targets.map((b) => ({ blockId: b.id, target: text, status: 'draft' as const })), label: 'tm:repetitions.label' });
    env.replaceRows(result.blocks);
    ctx.state.update({ repetitions: { count: targets.length, batchId: result.batchId, undone: false } });
  } catch {
    // The confirmed row is saved either way; repetitions are a convenience and are not retried.
  }
}

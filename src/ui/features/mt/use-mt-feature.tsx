import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockDto } from '../../../shared/dto.ts';
import type { FeatureEnv, RowFlag, WorkbenchFeature } from '../editor/feature.ts';
import { MtBadge } from './MtBadge.tsx';
import { MtDialog } from './MtDialog.tsx';
import { isLiveMtDraft, MtState } from './mt-state.ts';
import './mt.css';

/**
 * The machine-translation feature: "Machine translation…" in the project bar opens the provider
 * settings and pre-translation dialog; rows that are untouched MT drafts carry a badge with the
 * provider and model, and the `mt-draft` row flag lets the filter panel show only them.
 */
export function useMtFeature(env: FeatureEnv): WorkbenchFeature {
  const state = useMemo(() => new MtState(), []);
  const latest = useRef(env);
  useEffect(() => {
    latest.current = env;
  }, [env]);

  const reload = useMemo(
    () => async () => {
      const { api, documentId } = latest.current;
      try {
        state.setDrafts(await api.listMtDrafts({ documentId }));
      } catch {
        state.setDrafts([]); // a project from before MT, or a closed one: no drafts to mark
      }
    },
    [state],
  );

  useEffect(() => {
    void reload();
  }, [reload, env.documentId, env.project.path]);

  const version = useSyncExternalStore(state.subscribe, () => state.version);

  const Toolbar = useMemo(() => {
    function MtToolbar() {
      const { t } = useTranslation('mt');
      const [open, setOpen] = useState(false);
      return (
        <div className="mt-toolbar">
          <button type="button" onClick={() => setOpen(true)} data-testid="mt-open">
            {t('toolbar.open')}
          </button>
          {open ? <MtDialog env={() => latest.current} onTranslated={reload} onClose={() => setOpen(false)} /> : null}
        </div>
      );
    }
    return MtToolbar;
  }, [reload]);

  const RowAddon = useMemo(() => ({ block }: { readonly block: BlockDto }) => <MtBadge block={block} state={state} env={() => latest.current} />, [state]);

  const flag: RowFlag = useMemo(
    () => ({
      id: 'mt-draft',
      labelKey: 'mt:filter.mtDraft',
      has: (blockId: number) => isLiveMtDraft(state.draft(blockId), latest.current.currentTarget(blockId), latest.current.currentStatus(blockId)),
    }),
    // version stands for the drafts in state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state, version],
  );

  return useMemo(() => ({ id: 'mt', Toolbar, RowAddon, rowFlags: [flag] }), [Toolbar, RowAddon, flag]);
}

import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { BlockDto } from '../../../shared/dto.ts';
import type { FeatureEnv, RowFilter, RowFlag, WorkbenchFeature } from '../editor/feature.ts';
import { QaState, type QaListItem } from './qa-state.ts';
import { readQaSettings, writeQaSettings, type QaSettings } from './qa-settings.ts';
import { ConfirmQuestion } from './confirm-question.ts';
import { makeQaPanel } from './QaPanel.tsx';
import { makeQaStatus } from './QaStatus.tsx';
import { makeQaRowFindings } from './QaRowFindings.tsx';
import { qaTargetPlugin, selectRange } from './plugins.ts';
import './qa.css';

/** Frames to wait for a row's editor to mount after a jump (scrolling a long grid). */
const MOUNT_FRAMES = 60;

/**
 * The QA feature (issue #13): every check of core/qa over the document, a side panel listing
 * findings by row and check (click jumps to the row and selects the offending words; ignore per
 * finding, kept with the project), checks switchable in settings, the "QA findings" row flag and
 * a filter by check, a count in the project bar, and a question before confirming a row with
 * findings. The glossary is read from the host when the document loads and on "Check now".
 */
export function useQaFeature(env: FeatureEnv): WorkbenchFeature {
  const [state] = useState(() => new QaState());
  const [question] = useState(() => new ConfirmQuestion());
  const envRef = useRef(env);
  useEffect(() => {
    envRef.current = env;
  });
  state.setDocument(env.blocks, env.currentTarget, env.currentStatus);

  const { api, documentId } = env;
  const version = useSyncExternalStore(state.subscribe, () => state.version);

  // Settings first, then the glossary and the ignores, then every check once.
  useEffect(() => {
    state.setSettings(readQaSettings(window.localStorage));
    let live = true;
    void Promise.all([api.listGlossary({}).catch(() => []), api.listQaIgnores({ documentId }).catch(() => [])]).then(([entries, ignores]) => {
      if (!live) return;
      state.setGlossary(entries);
      state.setIgnores(ignores);
      state.runAll();
    });
    return () => {
      live = false;
    };
  }, [api, documentId, state]);

  const parts = useMemo(() => {
    const getEnv = () => envRef.current;
    const jump = (item: QaListItem) => {
      const e = getEnv();
      e.focusRow(item.row);
      const { targetRanges, sourceRanges } = item.finding;
      let frames = 0;
      const select = () => {
        const target = e.registry.get(item.blockId, 'target');
        if (!target) {
          if (frames++ < MOUNT_FRAMES) requestAnimationFrame(select);
          return;
        }
        const source = e.registry.get(item.blockId, 'source');
        if (targetRanges[0]) selectRange(target, targetRanges[0]);
        else if (sourceRanges[0] && source) selectRange(source, sourceRanges[0]);
      };
      requestAnimationFrame(select);
    };
    const setIgnored = (item: QaListItem, ignored: boolean) => {
      state.setIgnored(item.blockId, item.finding.key, ignored);
      // Not kept by the host: show it as it really is.
      getEnv().api.setQaIgnore({ blockId: item.blockId, key: item.finding.key, ignored }).catch(() => state.setIgnored(item.blockId, item.finding.key, !ignored));
    };
    const setSettings = (settings: QaSettings) => {
      writeQaSettings(window.localStorage, settings);
      state.setSettings(settings);
    };
    const checkNow = () => {
      void getEnv()
        .api.listGlossary({})
        .catch(() => null)
        .then((entries) => {
          if (entries) state.setGlossary(entries);
          state.runAll();
        });
    };
    const onAnswer = (confirm: boolean, dontAsk: boolean) => {
      if (dontAsk) setSettings({ ...state.settings, askOnConfirm: false });
      const row = question.current?.row;
      question.answer(confirm);
      if (!confirm && row !== undefined) getEnv().focusRow(row - 1);
    };
    const onChange = (blockId: number) => state.recheck(blockId, state.settings.live ? 'full' : 'clear');
    return {
      Panel: makeQaPanel(state, { checkNow, jump, setIgnored, setSettings }),
      Toolbar: makeQaStatus(state, question, () => getEnv().showPanel('qa'), onAnswer),
      RowAddon: makeQaRowFindings(state),
      targetPlugins: (block: BlockDto) => [qaTargetPlugin(block, onChange)],
      beforeConfirm: (blockId: number): true | Promise<boolean> => {
        // Confirming checks the row in full (the on-confirm check), then asks once if anything is left.
        state.recheck(blockId, 'full');
        const count = state.active(blockId).length;
        if (count === 0 || !state.settings.askOnConfirm) return true;
        return question.ask(getEnv().blocks.findIndex((b) => b.id === blockId) + 1, count);
      },
    };
  }, [state, question]);

  // The row flag and the filter by check change with the findings: new objects, so the grid re-filters.
  const checkFilter = state.checkFilter;
  const rowFlags: RowFlag[] = useMemo(
    () => [{ id: 'qa-finding', labelKey: 'navigate:filter.qaFinding', has: (blockId: number) => state.has(blockId, null) }],
    // version stands for the state's findings.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state, version],
  );
  const rowFilter: RowFilter | null = useMemo(
    () => (checkFilter === null ? null : (block: BlockDto) => state.has(block.id, checkFilter)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state, checkFilter, version],
  );

  return useMemo(
    () => ({
      id: 'qa',
      targetPlugins: parts.targetPlugins,
      panel: { titleKey: 'qa:panel.title', Component: parts.Panel },
      Toolbar: parts.Toolbar,
      RowAddon: parts.RowAddon,
      rowFlags,
      rowFilter,
      beforeConfirm: parts.beforeConfirm,
    }),
    [parts, rowFlags, rowFilter],
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryState } from './glossary-state.ts';
import { onTermMatcherOptionsChange, readTraditionalFold, setTraditionalFold, traditionalFoldEnabled, writeTraditionalFold } from './script-fold.ts';

/**
 * Applies the open project's "traditional = simplified" setting and rebuilds the term matcher
 * whenever it changes (toggled, or the OpenCC tables finished loading). Mount once per project,
 * in a component that is always shown (the glossary toolbar).
 */
export function useTraditionalFold(state: GlossaryState, projectPath: string): void {
  useEffect(() => {
    const stop = onTermMatcherOptionsChange(() => {
      if (state.loaded) state.setEntries(state.entries);
    });
    void setTraditionalFold(readTraditionalFold(window.localStorage, projectPath));
    return stop;
  }, [state, projectPath]);
}

/**
 * The glossary panel's settings: whether terms also match in traditional characters
 * (脫貧攻堅 as 脱贫攻坚). Remembered per project on this machine.
 */
export function GlossarySettings({ projectPath }: { readonly projectPath: string }) {
  const { t } = useTranslation('glossary');
  const [on, setOn] = useState(traditionalFoldEnabled);
  const [busy, setBusy] = useState(false);
  useEffect(() => onTermMatcherOptionsChange(() => setOn(traditionalFoldEnabled())), []);
  const toggle = async (next: boolean) => {
    setOn(next);
    setBusy(true);
    writeTraditionalFold(window.localStorage, projectPath, next);
    try {
      await setTraditionalFold(next);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="glossary-settings" data-testid="glossary-settings">
      <summary>{t('settings.title')}</summary>
      <label className="glossary-setting">
        <input type="checkbox" checked={on} disabled={busy} onChange={(e) => void toggle(e.target.checked)} data-testid="glossary-traditional" />
        <span>
          {t('settings.traditional')} <span lang="zh-Hant">{t('settings.traditionalExample')}</span>
        </span>
      </label>
      <p className="glossary-setting-hint">{busy ? t('settings.loading') : t('settings.traditionalHint')}</p>
    </details>
  );
}

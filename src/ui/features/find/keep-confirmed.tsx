import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const KEY = 'duizhao.replaceKeepsConfirmed';

/**
 * Whether replace all keeps the status of confirmed rows (for mechanical fixes: typography,
 * spacing), remembered across sessions in localStorage. Off by default: a changed row is a draft.
 */
export const keepConfirmed = {
  get(): boolean {
    try {
      return window.localStorage.getItem(KEY) === 'true';
    } catch {
      return false;
    }
  },
  set(value: boolean): void {
    try {
      window.localStorage.setItem(KEY, String(value));
    } catch {
      // Storage unavailable: the choice lasts for this page only.
    }
  },
};

/** The "keep the status of confirmed rows" checkbox of the find panel's replace all. */
export function KeepConfirmedToggle() {
  const { t } = useTranslation('segments');
  const [on, setOn] = useState(() => keepConfirmed.get());
  return (
    <label>
      <input
        type="checkbox"
        data-testid="find-keep-confirmed"
        checked={on}
        onChange={(e) => {
          keepConfirmed.set(e.target.checked);
          setOn(e.target.checked);
        }}
      />
      {t('keepConfirmed')}
    </label>
  );
}

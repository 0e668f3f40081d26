import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewMode } from '../../../shared/dto.ts';
import { segmentNotice, type SegmentNoticeKey } from './segment-notice.ts';

/** The "by sentence / by paragraph" switch of the project bar (kept per project by the host). */
export function ViewModeToggle({ mode, onChange }: { readonly mode: ViewMode; readonly onChange: (mode: ViewMode) => void }) {
  const { t } = useTranslation('segments');
  return (
    <div className="view-mode" role="radiogroup" aria-label={t('view.label')} data-testid="view-mode">
      {(['sentence', 'paragraph'] as const).map((m) => (
        <button key={m} type="button" role="radio" aria-checked={mode === m} className={mode === m ? 'view-mode-on' : undefined} data-mode={m} onClick={() => onChange(m)}>
          {t(`view.${m}`)}
        </button>
      ))}
    </div>
  );
}

/** A live region that says why the last segment command did nothing (e.g. an empty segment not confirmed). */
export function SegmentNoticeLine() {
  const { t } = useTranslation('segments');
  const [key, setKey] = useState<SegmentNoticeKey | null>(null);
  useEffect(() => segmentNotice.subscribe(setKey), []);
  return (
    <div className="segment-notice" role="status" data-testid="segment-notice" data-notice={key ?? ''}>
      {key ? t(`status.${key}`) : null}
    </div>
  );
}

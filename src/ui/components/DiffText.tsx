import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { diffText, diffUnitFor } from '../../core/text/diff.ts';

/**
 * `after` shown against `before`: deleted runs struck through, inserted runs marked, the rest
 * plain. English is compared by words, Chinese by characters (from `lang`). Screen readers hear
 * "deleted"/"inserted" before each run, since strike-through alone is not announced.
 */
export function DiffText({ before, after, lang }: { readonly before: string; readonly after: string; readonly lang: 'en' | 'zh-Hans' }) {
  const { t } = useTranslation('common');
  const ops = useMemo(() => diffText(before, after, diffUnitFor(lang)), [before, after, lang]);
  return (
    <span className="diff-text" lang={lang} data-testid="diff-text">
      {ops.map((op, i) =>
        op.op === 'equal' ? (
          <span key={i}>{op.text}</span>
        ) : op.op === 'delete' ? (
          <del key={i} aria-label={t('diff.deleted', { text: op.text })} data-testid="diff-del">
            {op.text}
          </del>
        ) : (
          <ins key={i} aria-label={t('diff.inserted', { text: op.text })} data-testid="diff-ins">
            {op.text}
          </ins>
        ),
      )}
    </span>
  );
}

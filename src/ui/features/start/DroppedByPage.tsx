import { useTranslation } from 'react-i18next';
import type { DroppedLine } from '../../../core/model/index.ts';

/** Props of {@link DroppedByPage}. */
export interface DroppedByPageProps {
  readonly dropped: readonly DroppedLine[];
}

/** Dropped lines grouped by page number (lines without a page last), pages in order. */
export function groupByPage(dropped: readonly DroppedLine[]): [number | null, DroppedLine[]][] {
  const groups = new Map<number | null, DroppedLine[]>();
  for (const d of dropped) {
    const key = d.page ?? null;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups].sort((a, b) => (a[0] ?? Infinity) - (b[0] ?? Infinity));
}

/**
 * What the importer left out (running heads, mastheads, folios…), page by page, so the user can
 * check that only furniture went. Collapsed by default.
 */
export function DroppedByPage({ dropped }: DroppedByPageProps) {
  const { t } = useTranslation('common');
  if (dropped.length === 0) return null;
  return (
    <details className="import-dropped">
      <summary>{t('import.droppedTitle', { count: dropped.length })}</summary>
      {groupByPage(dropped).map(([page, lines]) => (
        <section key={page ?? 'none'} className="import-dropped-page" data-testid="import-dropped-page">
          <h4>{page === null ? t('import.droppedNoPage') : t('import.droppedPage', { page })}</h4>
          <ul>
            {lines.map((d, i) => (
              <li key={i}>
                <span className="kind-label">{t(`dropReason.${d.reason}`)}</span>
                <span lang="zh-Hans">{d.text}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}

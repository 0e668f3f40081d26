import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { computeCounts, type CountsSummary, type WorkCounts } from '../../../core/model/index.ts';
import type { FeatureEnv } from '../editor/feature.ts';

interface Counted {
  readonly document: CountsSummary;
  readonly project: CountsSummary;
}

const MEASURES: readonly (keyof WorkCounts)[] = ['blocks', 'sourceChars', 'sourceCharsNoPunct', 'hanzi', 'targetWords'];
const LABEL = { blocks: 'rows', sourceChars: 'chars', sourceCharsNoPunct: 'charsNoPunct', hanzi: 'hanzi', targetWords: 'words' } as const;

/**
 * Counts the open document from the grid's live state (unsaved typing included) and the other
 * documents of the project as saved. Runs when asked, never per keystroke.
 */
async function countAll(env: FeatureEnv): Promise<Counted> {
  const live = env.blocks.map((b) => ({ source: b.source, target: env.currentTarget(b.id), status: env.currentStatus(b.id) }));
  const others = await Promise.all(env.project.documents.filter((d) => d.id !== env.documentId).map((d) => env.api.listBlocks({ documentId: d.id })));
  return { document: computeCounts(live), project: computeCounts([...live, ...others.flat()]) };
}

/** The counts side panel: per document and project, confirmed vs total, with the method stated. */
export function CountsPanel({ env }: { readonly env: FeatureEnv }) {
  const { t } = useTranslation('navigate');
  const [counted, setCounted] = useState<Counted | null>(null);
  const recount = useCallback(() => {
    void countAll(env).then(setCounted, () => setCounted(null));
  }, [env]);
  useEffect(recount, [recount]);

  const table = (scope: 'document' | 'project', summary: CountsSummary) => (
    <table className="counts-table" data-testid={`counts-${scope}`}>
      <caption>{t(`counts.${scope}`)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('counts.measure')}</th>
          <th scope="col">{t('counts.confirmed')}</th>
          <th scope="col">{t('counts.total')}</th>
        </tr>
      </thead>
      <tbody>
        {MEASURES.map((m) => (
          <tr key={m} data-testid={`count-${scope}-${m}`}>
            <th scope="row">{t(`counts.${LABEL[m]}`)}</th>
            <td>{summary.confirmed[m].toLocaleString()}</td>
            <td>{summary.total[m].toLocaleString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <div className="counts-panel" data-testid="counts-panel">
      {counted ? (
        <>
          {table('document', counted.document)}
          {env.project.documents.length > 1 ? table('project', counted.project) : null}
        </>
      ) : (
        <p className="navigate-note">{t('counts.loading')}</p>
      )}
      <button type="button" data-testid="counts-refresh" onClick={recount}>
        {t('counts.refresh')}
      </button>
      <p className="counts-method" data-testid="counts-method">
        {t('counts.method')}
      </p>
    </div>
  );
}

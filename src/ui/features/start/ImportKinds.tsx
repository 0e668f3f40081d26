import { useTranslation } from 'react-i18next';
import type { BlockKind, SourceBlock } from '../../../core/model/index.ts';
import { SKIPPABLE_KINDS } from '../../../core/model/index.ts';
import { countKinds } from '../../../core/import/kinds/exclude-kinds.ts';

/** Props of {@link ImportKinds}. */
export interface ImportKindsProps {
  readonly blocks: readonly SourceBlock[];
  readonly excluded: ReadonlySet<BlockKind>;
  readonly onChange: (excluded: ReadonlySet<BlockKind>) => void;
}

/**
 * The import preview's kind summary: one checkbox per kind found (with its count; unticked = left
 * out of translation), and one button that leaves out every non-prose kind present (footnotes,
 * table rows, equations, code) at once, or brings them all back.
 */
export function ImportKinds({ blocks, excluded, onChange }: ImportKindsProps) {
  const { t } = useTranslation('common');
  const counts = countKinds(blocks);
  const skippable = counts.map(([kind]) => kind).filter((kind) => SKIPPABLE_KINDS.includes(kind));
  const allSkipped = skippable.length > 0 && skippable.every((kind) => excluded.has(kind));
  const toggle = (kind: BlockKind, include: boolean) => {
    const next = new Set(excluded);
    if (include) next.delete(kind);
    else next.add(kind);
    onChange(next);
  };
  const leftOut = blocks.filter((b) => excluded.has(b.kind)).length;
  return (
    <fieldset className="import-kinds" data-testid="import-kinds">
      <legend>{t('import.kindsTitle')}</legend>
      {counts.map(([kind, count]) => (
        <label key={kind} className={`import-kind kind-${kind}`}>
          <input type="checkbox" checked={!excluded.has(kind)} onChange={(e) => toggle(kind, e.target.checked)} data-testid={`import-kind-${kind}`} />
          <span>{t(`kind.${kind}`)}</span> <span className="count">{count}</span>
        </label>
      ))}
      {skippable.length > 0 ? (
        <button
          type="button"
          data-testid="import-exclude-skippable"
          aria-pressed={allSkipped}
          onClick={() => onChange(allSkipped ? new Set([...excluded].filter((k) => !skippable.includes(k))) : new Set([...excluded, ...skippable]))}
        >
          {allSkipped ? t('import.includeAll') : t('import.excludeSkippable')}
        </button>
      ) : null}
      {leftOut > 0 ? (
        <span className="import-excluded" data-testid="import-excluded" role="status">
          {t('import.excluded', { count: leftOut })}
        </span>
      ) : null}
    </fieldset>
  );
}

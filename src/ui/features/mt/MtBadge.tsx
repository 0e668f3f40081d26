import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isMtProviderId, mtProvider } from '../../../core/mt/index.ts';
import type { BlockDto } from '../../../shared/dto.ts';
import type { FeatureEnv } from '../editor/feature.ts';
import { isLiveMtDraft, type MtState } from './mt-state.ts';

/** Props of {@link MtBadge}. */
export interface MtBadgeProps {
  readonly block: BlockDto;
  readonly state: MtState;
  readonly env: () => FeatureEnv;
}

/** Marks a row whose English is an untouched MT draft, naming the provider and model. */
export function MtBadge({ block, state, env }: MtBadgeProps) {
  const { t } = useTranslation('mt');
  useSyncExternalStore(state.subscribe, () => state.version);
  const draft = state.draft(block.id);
  if (!draft || !isLiveMtDraft(draft, env().currentTarget(block.id), env().currentStatus(block.id))) return null;
  const provider = isMtProviderId(draft.provider) ? mtProvider(draft.provider).label : draft.provider;
  return (
    <span className="mt-badge" data-testid="mt-badge" data-block-id={block.id} lang="en">
      {draft.model ? t('badge.withModel', { provider, model: draft.model }) : t('badge.plain', { provider })}
    </span>
  );
}

import { AppError } from '../../core/model/index.ts';
import type { WorkbenchApi } from '../../shared/api.ts';
import type { MtSettingsDto } from '../../shared/feature-dto.ts';
import type { HostContext } from '../context.ts';
import { keySlot, resolveKey, type MtKeyVault } from './keys.ts';
import { MtStore, type MtSettings } from './mt-store.ts';
import { pretranslate } from './pretranslate.ts';
import { resolveEndpoint, resolveSettings } from './settings.ts';
import { blockUnits } from './units.ts';

/** What the MT slice needs beyond the host context: the key vault (desktop only) and the environment. */
export interface MtHostOptions {
  readonly vault?: MtKeyVault;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * The machine-translation slice of the contract over the open project: settings (saved in the
 * project, without keys), the key (desktop secure storage only) and pre-translation of empty rows.
 */
export function mtMethods(ctx: HostContext, options: MtHostOptions = {}): Pick<WorkbenchApi, 'getMtSettings' | 'saveMtSettings' | 'setMtKey' | 'pretranslate' | 'listMtDrafts'> {
  const env = options.env ?? process.env;
  const dto = (settings: MtSettings): MtSettingsDto => ({
    ...settings,
    keyStored: options.vault?.has(keySlot(settings)) ?? false,
    secureStorage: options.vault !== undefined,
  });
  const saved = (): MtSettings => {
    const settings = new MtStore(ctx.project()).settings();
    if (!settings) throw new AppError('mt:errors.noProvider');
    return settings;
  };
  return {
    async getMtSettings() {
      const settings = new MtStore(ctx.project()).settings();
      return settings ? dto(settings) : null;
    },
    async saveMtSettings({ settings }) {
      const mt = new MtStore(ctx.project());
      const resolved = resolveSettings(settings, undefined);
      mt.saveSettings(resolved, ctx.now());
      return dto(resolved);
    },
    async setMtKey({ key }) {
      if (!options.vault) throw new AppError('mt:errors.noSecureStorage');
      const settings = saved();
      options.vault.set(keySlot(settings), key.trim());
      return { keyStored: options.vault.has(keySlot(settings)) };
    },
    async pretranslate({ blockIds }) {
      const project = ctx.project();
      const mt = new MtStore(project);
      const settings = saved();
      const target = resolveEndpoint(settings, resolveKey(settings, env, options.vault));
      const units = blockUnits(project, mt, blockIds ? { blockIds: new Set(blockIds) } : {});
      const report = await pretranslate(project, mt, units, { target, styleNotes: settings.styleNotes, concurrency: settings.concurrency, now: ctx.now });
      return {
        ...report,
        failures: report.failures.map((f) => ({ unit: f.unit, error: { code: f.error.code, details: { ...f.error.details } } })),
        ...(report.error ? { error: { code: report.error.code, details: { ...report.error.details } } } : {}),
      };
    },
    async listMtDrafts({ documentId }) {
      const project = ctx.project();
      project.listBlocks(documentId); // host:errors.documentNotFound for an unknown document
      return new MtStore(project).mtDrafts(documentId).map(({ blockId, provider, model, target }) => ({ blockId, provider, model, target }));
    },
  };
}

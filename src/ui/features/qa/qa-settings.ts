import { QA_CHECKS, isQaCheck, type QaCheck } from '../../../core/qa/index.ts';

/** The user's QA settings (this machine): which checks run and when. */
export interface QaSettings {
  /** The checks that run (all by default). */
  readonly checks: readonly QaCheck[];
  /** Re-check the row being edited on every keystroke; otherwise on confirm and "Check now" (fixes still clear at once). */
  readonly live: boolean;
  /** Ask before confirming a row that has findings (memoQ's behaviour). */
  readonly askOnConfirm: boolean;
}

/**
 * Every check on, checked on confirm and on demand. Asking before a confirm is offered, not
 * imposed: Ctrl+Enter stays one keystroke until the user turns the question on.
 */
export const DEFAULT_QA_SETTINGS: QaSettings = { checks: QA_CHECKS, live: false, askOnConfirm: false };

const KEY = 'duizhao.qa.settings';

/** The saved settings, or the defaults (unknown check names in storage are dropped). */
export function readQaSettings(storage: Storage): QaSettings {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Record<keyof QaSettings, unknown>> | null;
    if (!raw || typeof raw !== 'object') return DEFAULT_QA_SETTINGS;
    return {
      checks: Array.isArray(raw.checks) ? raw.checks.filter((c): c is QaCheck => typeof c === 'string' && isQaCheck(c)) : DEFAULT_QA_SETTINGS.checks,
      live: typeof raw.live === 'boolean' ? raw.live : DEFAULT_QA_SETTINGS.live,
      askOnConfirm: typeof raw.askOnConfirm === 'boolean' ? raw.askOnConfirm : DEFAULT_QA_SETTINGS.askOnConfirm,
    };
  } catch {
    return DEFAULT_QA_SETTINGS;
  }
}

/** Remembers the settings on this machine. */
export function writeQaSettings(storage: Storage, settings: QaSettings): void {
  storage.setItem(KEY, JSON.stringify(settings));
}

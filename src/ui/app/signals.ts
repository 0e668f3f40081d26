/**
 * App signals: small facts the app publishes as `data-*` attributes on <body>, such as
 * `data-app-state="ready"` or `data-pending-saves="0"`. End-to-end tests and the Electron shell
 * wait on these instead of sleeping; they carry no user data.
 */
export type SignalName = 'appState' | 'pendingSaves' | 'saveError' | 'projectPath' | 'uiLanguage' | 'importState';

/** Publishes one app signal. */
export function signal(name: SignalName, value: string): void {
  document.body.dataset[name] = value;
}

/**
 * Every keyboard shortcut of the app, for the help overlay. `keys` are shown as written (key
 * names are the same in both UI languages); `action` is a key in the navigate namespace under
 * `help.actions`. Keep this list in step with the keymaps: editor/keymap.ts, find, navigate,
 * glossary (Alt+1…9, Ctrl+Shift+T), annotations (Ctrl+Shift+A) and
 * translation memory (Ctrl+1…9 insert match, Ctrl+K concordance).
 */
export const SHORTCUTS = [
  { group: 'editing', keys: 'Ctrl+Enter', action: 'confirm' },
  { group: 'editing', keys: 'Ctrl+↓', action: 'nextRow' },
  { group: 'editing', keys: 'Ctrl+↑', action: 'previousRow' },
  { group: 'editing', keys: 'Ctrl+Z', action: 'undo' },
  { group: 'editing', keys: 'Ctrl+Y / Ctrl+Shift+Z', action: 'redo' },
  { group: 'navigation', keys: 'Ctrl+G', action: 'goToRow' },
  { group: 'navigation', keys: 'F9', action: 'nextUnconfirmed' },
  { group: 'find', keys: 'Ctrl+F', action: 'find' },
  { group: 'find', keys: 'Ctrl+H', action: 'replace' },
  { group: 'find', keys: 'F3 / Shift+F3', action: 'nextHit' },
  { group: 'find', keys: 'Enter / Shift+Enter', action: 'hitInField' },
  { group: 'glossary', keys: 'Alt+1 … Alt+9', action: 'insertTerm' },
  { group: 'glossary', keys: 'Ctrl+Shift+T', action: 'addTerm' },
  { group: 'glossary', keys: 'Enter / ↓ / Space', action: 'termCard' },
  { group: 'annotations', keys: 'Ctrl+Shift+A', action: 'annotate' },
  { group: 'annotations', keys: 'A … Z', action: 'tagKey' },
  { group: 'tm', keys: 'Ctrl+1 … Ctrl+9', action: 'insertMatch' },
  { group: 'tm', keys: 'Ctrl+K', action: 'concordance' },
  { group: 'general', keys: 'F1 / Ctrl+/', action: 'help' },
  { group: 'general', keys: 'Esc', action: 'close' },
] as const;

/** One entry of {@link SHORTCUTS}. */
export type Shortcut = (typeof SHORTCUTS)[number];

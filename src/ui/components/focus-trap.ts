import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

/** What the keyboard can reach by Tab (disabled and hidden controls are skipped). */
export const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The Tab stops inside `root`, in document order. Elements that are not rendered (no offset
 * parent) are left out, except the focused one, so a trap never jumps to something invisible.
 */
export function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => e.offsetParent !== null || e === document.activeElement);
}

/**
 * Keeps Tab and Shift+Tab inside `root`: from the last stop Tab goes to the first and back. Used
 * by every dialog and popup, because a Tab that leaves a popup lands in whatever editor follows it
 * in the page, and the next keystrokes then change a row the user is not looking at.
 */
export function trapTab(event: ReactKeyboardEvent | KeyboardEvent, root: HTMLElement | null): void {
  if (event.key !== 'Tab' || !root) return;
  const all = focusables(root);
  if (all.length === 0) {
    event.preventDefault();
    return;
  }
  const first = all[0]!;
  const last = all.at(-1)!;
  const active = document.activeElement;
  const inside = active instanceof HTMLElement && root.contains(active);
  if (!inside) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  } else if (event.shiftKey && (active === first || active === root)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

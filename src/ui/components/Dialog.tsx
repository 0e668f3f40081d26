import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent as ReactKeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { focusables, trapTab } from './focus-trap.ts';

/** Props of {@link Dialog}. */
export interface DialogProps {
  /** The heading (also the dialog's accessible name). */
  readonly title: ReactNode;
  /** Called on Escape, on the backdrop (if `closeOnBackdrop`), never while `dismissible` is false. */
  readonly onClose: () => void;
  /** Buttons in the footer, right-aligned; the primary action last. */
  readonly actions?: ReactNode;
  readonly children?: ReactNode;
  /** Width class: small 380 px (go to row), medium 560 px (forms), large 900 px (lists, previews). */
  readonly size?: 'small' | 'medium' | 'large';
  /** Extra class on the dialog box (feature styles). */
  readonly className?: string;
  readonly testId?: string;
  /** False while a task runs that must not be abandoned (Escape then does nothing). */
  readonly dismissible?: boolean;
  /** Whether a click on the dim backdrop closes (for dialogs with nothing to lose). */
  readonly closeOnBackdrop?: boolean;
  /** Makes the box a <form>: Enter in a field submits, the submit button sits in `actions`. */
  readonly onSubmit?: () => void;
  /** What gets the focus on open; default: the first `[data-autofocus]`, field, then button. */
  readonly initialFocus?: RefObject<HTMLElement | null>;
}

/** Open dialogs, innermost last: only the innermost reacts to Escape. */
const openDialogs: symbol[] = [];

function firstFocus(root: HTMLElement): HTMLElement {
  const marked = root.querySelector<HTMLElement>('[data-autofocus]');
  if (marked) return marked;
  const all = focusables(root);
  // A radio group is entered at its checked radio, as the keyboard would.
  const field = all.find((e) => (e instanceof HTMLInputElement ? e.type !== 'radio' || e.checked : e instanceof HTMLSelectElement || e instanceof HTMLTextAreaElement));
  return field ?? all[0] ?? root;
}

/**
 * The one modal dialog of the app: rendered into <body> (inside the grid it would share the
 * rows' stacking contexts), `aria-modal` with the title as its name, Escape closes, Tab cycles
 * inside, and on close the focus returns to whatever had it when the dialog opened (the button
 * that opened it, or the English editor a shortcut was typed in).
 */
export function Dialog(props: DialogProps) {
  const { title, onClose, actions, children, size = 'medium', className, testId, dismissible = true, closeOnBackdrop = false, onSubmit, initialFocus } = props;
  const titleId = useId();
  const box = useRef<HTMLElement>(null);
  // Read during the first render: React's autoFocus runs before effects and would hide the opener.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const latest = useRef({ onClose, dismissible });
  latest.current = { onClose, dismissible };

  useEffect(() => {
    const me = Symbol('dialog');
    openDialogs.push(me);
    const root = box.current;
    if (root && !root.contains(document.activeElement)) (initialFocus?.current ?? firstFocus(root)).focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || openDialogs.at(-1) !== me || event.defaultPrevented) return;
      event.preventDefault();
      event.stopPropagation();
      if (latest.current.dismissible) latest.current.onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      openDialogs.splice(openDialogs.indexOf(me), 1);
      // Only if nothing else took the focus meanwhile (go to row puts it in the row's editor).
      const active = document.activeElement;
      const lost = !active || active === document.body || Boolean(root?.contains(active));
      if (lost && opener?.isConnected) opener.focus({ preventScroll: true });
    };
    // Mount and unmount only: the opener and the first focus belong to the opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onTab = (event: ReactKeyboardEvent) => trapTab(event, box.current);

  const body = (
    <>
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children}
      {actions ? <div className="dialog-actions">{actions}</div> : null}
    </>
  );
  const common = {
    className: `dialog dialog-${size}${className ? ` ${className}` : ''}`,
    role: 'dialog',
    'aria-modal': true,
    'aria-labelledby': titleId,
    'data-testid': testId,
    tabIndex: -1,
    onKeyDown: onTab,
  } as const;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };
  return createPortal(
    <div className="dialog-backdrop" onMouseDown={(e) => closeOnBackdrop && dismissible && e.target === e.currentTarget && onClose()}>
      {onSubmit ? (
        <form {...common} ref={box as RefObject<HTMLFormElement | null>} onSubmit={submit}>
          {body}
        </form>
      ) : (
        <div {...common} ref={box as RefObject<HTMLDivElement | null>}>
          {body}
        </div>
      )}
    </div>,
    document.body,
  );
}

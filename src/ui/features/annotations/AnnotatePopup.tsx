import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeatureEnv } from '../editor/feature.ts';
import type { AnnotationActions } from './actions.ts';
import type { AnnotationState } from './annotation-state.ts';
import { toPos } from './decorations.ts';
import { sideLang, tagDescription, tagLabel } from './labels.ts';
import { trapTab } from '../../components/focus-trap.ts';

const POPUP_WIDTH = 340;

/** The category chosen last, offered first next time (per session). */
let lastCategory: string | null = null;

/** Screen position under the span, or null when its row is not mounted. */
function anchorPoint(env: FeatureEnv, blockId: number, side: 'source' | 'target', end: number): { top: number; left: number } | null {
  const view = env.registry.get(blockId, side);
  if (!view) return null;
  try {
    const coords = view.coordsAtPos(Math.min(toPos(end), view.state.doc.content.size - 1));
    return { top: coords.bottom + 6, left: Math.max(8, Math.min(coords.left, window.innerWidth - POPUP_WIDTH - 8)) };
  } catch {
    return null;
  }
}

/**
 * The annotate popup for the open `state.popup`: pick a category (click, arrow keys in the radio
 * group, or its shortcut letter anywhere outside the note), write a note (Enter or Ctrl+Enter
 * saves, Shift+Enter breaks the line), Escape cancels. Focus is trapped inside (Tab cycles: the
 * category group is one stop, the note the next) and returns on close to where it came from, so no
 * keystroke meant for the popup can reach a row's editor. Creates a new annotation from a
 * selection or edits an existing one.
 */
export function AnnotatePopup({ state, actions, env }: { readonly state: AnnotationState; readonly actions: AnnotationActions; readonly env: () => FeatureEnv }) {
  const { t, i18n } = useTranslation('annotate');
  const popup = state.popup!;
  const existing = 'annotation' in popup ? popup.annotation : null;
  const span = existing ? { ...existing, ...state.where(existing) } : 'selection' in popup ? popup.selection : null;
  const tags = state.tagSet.tags;
  const [category, setCategory] = useState(existing?.category ?? (lastCategory && tags.some((tag) => tag.name === lastCategory) ? lastCategory : tags[0]?.name ?? ''));
  const [note, setNote] = useState(existing?.note ?? '');
  const root = useRef<HTMLDivElement>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);
  // Read during the first render, before the popup takes the focus: where to return it on close.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    const popupRoot = root.current;
    (popupRoot?.querySelector<HTMLElement>('[role="radio"][aria-checked="true"]') ?? popupRoot)?.focus();
    return () => {
      const active = document.activeElement;
      const lost = !active || active === document.body || Boolean(popupRoot?.contains(active));
      if (lost && opener?.isConnected) opener.focus({ preventScroll: true });
    };
    // Mount and unmount only: the opener belongs to the opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  if (!span) return null;
  const quote = existing ? existing.quote : 'selection' in popup ? popup.selection.quote : '';
  const where = anchorPoint(env(), span.blockId, span.side, span.end);

  const close = () => state.setPopup(null);
  const save = async () => {
    if (!category) return;
    lastCategory = category;
    close();
    if (existing) await actions.update(existing, category, note);
    else if ('selection' in popup) await actions.create(popup.selection, category, note);
  };
  const choose = (index: number) => {
    const tag = tags[(index + tags.length) % tags.length];
    if (!tag) return;
    setCategory(tag.name);
    root.current?.querySelector<HTMLElement>(`[role="radio"][data-tag="${CSS.escape(tag.name)}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Everything typed here stays here: keys must not bubble to the grid's shortcuts.
    event.stopPropagation();
    if (event.key === 'Escape') return event.preventDefault(), close();
    if (event.key === 'Tab') return trapTab(event, root.current);
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return void (event.preventDefault(), save());
    if (event.target instanceof HTMLTextAreaElement) {
      if (event.key === 'Enter' && !event.shiftKey) void (event.preventDefault(), save());
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const inGroup = event.target instanceof HTMLElement && event.target.getAttribute('role') === 'radio';
    const at = tags.findIndex((tag) => tag.name === category);
    if (inGroup && (event.key === 'ArrowRight' || event.key === 'ArrowDown')) return event.preventDefault(), choose(at + 1);
    if (inGroup && (event.key === 'ArrowLeft' || event.key === 'ArrowUp')) return event.preventDefault(), choose(at - 1);
    const tag = tags.find((candidate) => candidate.shortcut !== undefined && candidate.shortcut.toLowerCase() === event.key.toLowerCase());
    if (tag) {
      event.preventDefault();
      setCategory(tag.name);
      noteField.current?.focus();
    } else if (event.key.length === 1 && event.key !== ' ') {
      // A character typed on a button is meant as the note: move there and let it land.
      noteField.current?.focus();
    }
  };

  return (
    <div
      ref={root}
      className="annotate-popup"
      role="dialog"
      aria-label={t('popup.title')}
      data-testid="annotate-popup"
      tabIndex={-1}
      style={where ? { top: where.top, left: where.left, width: POPUP_WIDTH } : { top: '30%', left: '35%', width: POPUP_WIDTH }}
      onKeyDown={onKeyDown}
    >
      <div className="annotate-quote" lang={sideLang(span.side)}>
        {quote}
      </div>
      <div className="annotate-tags" role="radiogroup" aria-label={t('popup.category')}>
        {tags.map((tag) => (
          <button
            key={tag.name}
            type="button"
            role="radio"
            aria-checked={tag.name === category}
            tabIndex={tag.name === category ? 0 : -1}
            className={tag.name === category ? 'annotate-tag chosen' : 'annotate-tag'}
            data-testid="annotate-tag"
            data-tag={tag.name}
            title={tagDescription(i18n, tag.name, tag.description)}
            onClick={() => setCategory(tag.name)}
          >
            <span className="tag-swatch" style={{ backgroundColor: tag.colour }} />
            <span>{tagLabel(i18n, tag.name)}</span>
            {tag.shortcut ? <kbd>{tag.shortcut}</kbd> : null}
          </button>
        ))}
      </div>
      <label className="annotate-note">
        <span>{t('popup.note')}</span>
        <textarea ref={noteField} value={note} rows={3} data-testid="annotate-note" onChange={(event) => setNote(event.target.value)} />
      </label>
      <div className="annotate-actions">
        <button type="button" className="primary" data-testid="annotate-save" disabled={!category} onClick={() => void save()}>
          {existing ? t('popup.update') : t('popup.save')}
        </button>
        <button type="button" onClick={close}>
          {t('popup.cancel')}
        </button>
        <span className="annotate-hint">{t('popup.hint')}</span>
      </div>
    </div>
  );
}

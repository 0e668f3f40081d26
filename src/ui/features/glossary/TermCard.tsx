import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { GlossaryState } from './glossary-state.ts';
import type { ViewRegistry } from '../editor/view-registry.ts';
import { insertAtCaret } from './insert.ts';
import { MAX_SHORTCUT } from './plugins.ts';

/** Props of {@link TermCard}. */
export interface TermCardProps {
  readonly state: GlossaryState;
  readonly registry: ViewRegistry;
  /** Keeps the card open while the pointer is over it. */
  readonly onHover: (inside: boolean) => void;
}

/**
 * The hover card of a term hit, rendered once into <body> and placed under the hit: the term's
 * entries with their translations (buttons that insert into the row's English editor), Alt+n
 * hint, note and forbidden renderings. Opened from the keyboard it takes focus; Escape closes it
 * and gives focus back to the term.
 */
export function TermCard({ state, registry, onHover }: TermCardProps) {
  const { t } = useTranslation('glossary');
  useSyncExternalStore(state.subscribe, state.stamp);
  const card = state.card;
  const box = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    if (!card) return setPosition(null);
    const place = () => {
      if (!card.anchor.isConnected) return state.setCard(null);
      const rect = card.anchor.getBoundingClientRect();
      const width = box.current?.offsetWidth ?? 320;
      setPosition({ top: rect.bottom + 4, left: Math.max(8, Math.min(rect.left, window.innerWidth - width - 8)) });
    };
    place();
    // Follow the term when the grid scrolls or re-measures its rows.
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [card, state]);

  useEffect(() => {
    if (card?.viaKeyboard && position) box.current?.querySelector<HTMLElement>('button')?.focus();
    // Focus once per opening, not on every reposition.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [card, position !== null]);

  if (!card || !card.anchor.isConnected) return null;
  const hit = state.hits(card.blockId)[card.hitIndex];
  if (!hit) return null;
  const entries = hit.entryIds.map((id) => state.entry(id)).filter((e) => e !== undefined);
  const shortcut = card.hitIndex < MAX_SHORTCUT ? card.hitIndex + 1 : null;

  const close = (refocus: boolean) => {
    state.setCard(null);
    if (refocus) card.anchor.focus();
  };
  const insert = (text: string) => {
    const view = registry.get(card.blockId, 'target');
    state.setCard(null);
    if (view) insertAtCaret(view, text);
  };

  return createPortal(
    <div
      ref={box}
      className="term-card"
      role="dialog"
      aria-label={t('card.label')}
      data-testid="term-card"
      style={{ top: position?.top ?? -9999, left: position?.left ?? -9999 }}
      onMouseEnter={() => onHover(true)}
      onMouseLeave={() => onHover(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close(true);
        }
      }}
    >
      {entries.map((entry) => (
        <div key={entry.id} className="term-card-entry" data-entry-id={entry.id}>
          <div className="term-card-head">
            <span className="term-card-source" lang="zh-Hans">
              {entry.source}
            </span>
            {entry.partOfSpeech ? <span className="term-card-pos">{entry.partOfSpeech}</span> : null}
            {shortcut !== null ? (
              <kbd className="term-card-shortcut" title={t('card.shortcutHint', { n: shortcut })}>
                {t('card.shortcut', { n: shortcut })}
              </kbd>
            ) : null}
          </div>
          <div className="term-card-targets">
            {entry.targets.map((target, i) => (
              <button key={target} type="button" lang="en" className={i === 0 ? 'term-insert preferred' : 'term-insert'} data-testid="term-insert" title={t('card.insert')} onClick={() => insert(target)}>
                {target}
              </button>
            ))}
          </div>
          {entry.forbidden.length > 0 ? (
            <div className="term-card-forbidden">
              <span>{t('card.forbidden')}</span>
              <span lang="en">{entry.forbidden.join('; ')}</span>
            </div>
          ) : null}
          {entry.note ? <div className="term-card-note">{entry.note}</div> : null}
        </div>
      ))}
    </div>,
    document.body,
  );
}

import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { diffChars } from '../../../core/tm/diff.ts';
import type { TmInfoDto, TmMatchDto } from '../../../shared/tm-dto.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { FilePickerButton } from '../../components/FilePickerButton.tsx';
import { asWorkbenchError, type WorkbenchError } from '../../platform/workbench-error.ts';
import { filePayload } from '../start/file-payload.ts';
import type { TmContext } from './use-tm-feature.tsx';

/** Text with code-point ranges wrapped in `<mark>` (hits, adapted numbers). */
function Marked({ text, ranges, className, lang }: { readonly text: string; readonly ranges: readonly (readonly [number, number])[]; readonly className: string; readonly lang: string }) {
  const points = Array.from(text);
  const parts: React.ReactNode[] = [];
  let at = 0;
  ranges.forEach(([s, e], k) => {
    if (s > at) parts.push(points.slice(at, s).join(''));
    parts.push(
      <mark key={k} className={className}>
        {points.slice(s, e).join('')}
      </mark>,
    );
    at = e;
  });
  if (at < points.length) parts.push(points.slice(at).join(''));
  return <span lang={lang}>{parts}</span>;
}

/** The match's source with what differs from the current source: `del` only in the match, `ins` only in the row. */
function SourceDiff({ match, current }: { readonly match: string; readonly current: string }) {
  const parts = diffChars(match, current);
  return (
    <span lang="zh-Hans" className="tm-diff">
      {parts.map((p, k) => (p.kind === 'equal' ? <span key={k}>{p.text}</span> : p.kind === 'delete' ? <del key={k}>{p.text}</del> : <ins key={k}>{p.text}</ins>))}
    </span>
  );
}

function band(score: number): string {
  return score >= 100 ? 'exact' : score >= 75 ? 'high' : 'low';
}

function MatchItem({ match, n, current, onInsert }: { readonly match: TmMatchDto; readonly n: number; readonly current: string; readonly onInsert: () => void }) {
  const { t, i18n } = useTranslation('tm');
  const date = match.changedAt ? new Date(match.changedAt).toLocaleDateString(i18n.language) : '';
  return (
    <li className="tm-match" data-testid="tm-match" data-score={match.score}>
      <div className="tm-match-head">
        <span className={`tm-score tm-score-${band(match.score)}`} data-testid="tm-score">
          {match.score}%
        </span>
        <kbd>{t('matches.key', { n })}</kbd>
        {match.adapted.length > 0 ? <span className="tm-adapted">{t('matches.adapted')}</span> : null}
        <button type="button" data-testid="tm-insert" onClick={onInsert}>
          {t('matches.insert')}
        </button>
      </div>
      <div className="tm-match-source">
        <SourceDiff match={match.source} current={current} />
      </div>
      <div className="tm-match-target">
        <Marked text={match.target} ranges={match.adapted} className="tm-number" lang="en" />
      </div>
      <div className="tm-meta">{t('matches.meta', { tm: match.tmName, date, user: match.changedBy || '—' })}</div>
    </li>
  );
}

function TmList({ ctx }: { readonly ctx: TmContext }) {
  const { t } = useTranslation('tm');
  const [tms, setTms] = useState<readonly TmInfoDto[]>([]);
  const [error, setError] = useState<WorkbenchError | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [summary, setSummary] = useState<{ added: number; skipped: number } | null>(null);
  const [path, setPath] = useState('');
  const [writable, setWritable] = useState(false);
  const api = ctx.env().api;
  const refresh = () => void api.listTms({}).then(setTms, (e: unknown) => setError(asWorkbenchError(e)));
  useEffect(refresh, [api]);

  const importFile = async (file: File) => {
    setError(null);
    setSummary(null);
    const requestId = `tm-${Date.now()}`;
    setProgress(0);
    const timer = setInterval(() => void api.getTmImportProgress({ requestId }).then((p) => p && setProgress(p.permille)), 200);
    try {
      setSummary(await api.importTm({ file: await filePayload(file), requestId }));
    } catch (e) {
      setError(asWorkbenchError(e));
    } finally {
      clearInterval(timer);
      setProgress(null);
      refresh();
    }
  };
  const attach = async () => {
    setError(null);
    try {
      setTms(await api.attachTm({ path: path.trim(), writable }));
      setPath('');
    } catch (e) {
      setError(asWorkbenchError(e));
    }
  };

  return (
    <section className="tm-section" aria-labelledby="tm-list-title">
      <h3 id="tm-list-title">{t('list.title')}</h3>
      <ul className="tm-list" data-testid="tm-list">
        {tms.map((tm) => (
          <li key={tm.path} title={tm.path} data-testid="tm-list-item">
            <strong>{tm.name}</strong> · {t(`list.role.${tm.role}`)} · {t('list.units', { count: tm.units })} · {tm.writable ? t('list.writable') : t('list.readOnly')}
            {tm.error ? <span className="tm-error"> · {t('list.unavailable')}</span> : null}
            <div className="tm-path">{tm.path}</div>
            {tm.role === 'attached' ? (
              <button type="button" onClick={() => void api.detachTm({ path: tm.path }).then(setTms)}>
                {t('list.detach')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <FilePickerButton accept=".tmx,.xlf,.xliff,.tsv,.csv,.txt" onPick={(f) => void importFile(f)} testId="tm-import" inputTestId="tm-import-input">
        {t('list.import')}
      </FilePickerButton>
      {progress !== null ? (
        <progress className="tm-progress" max={1000} value={progress} data-testid="tm-import-progress" aria-label={t('list.importing')} />
      ) : null}
      {summary ? <p className="navigate-note" data-testid="tm-import-summary">{t('list.imported', { added: summary.added, skipped: summary.skipped })}</p> : null}
      {error ? <ErrorBanner error={error} onDismiss={() => setError(null)} /> : null}
      <div className="tm-attach">
        <input value={path} onChange={(e) => setPath(e.target.value)} placeholder={t('list.pathPlaceholder')} aria-label={t('list.path')} data-testid="tm-attach-path" />
        <label>
          <input type="checkbox" checked={writable} onChange={(e) => setWritable(e.target.checked)} /> {t('list.writable')}
        </label>
        <button type="button" disabled={path.trim() === ''} onClick={() => void attach()} data-testid="tm-attach">
          {t('list.attach')}
        </button>
      </div>
    </section>
  );
}

/** The TM side panel: matches for the focused row, concordance, TMs and settings. */
export function TmPanel({ ctx }: { readonly ctx: TmContext }) {
  const { t } = useTranslation('tm');
  const snap = useSyncExternalStore(ctx.state.subscribe, ctx.state.get);
  const [query, setQuery] = useState(snap.concordanceQuery);
  useEffect(() => setQuery(snap.concordanceQuery), [snap.concordanceQuery]);
  const env = ctx.env();
  const index = snap.blockId === null ? -1 : env.blocks.findIndex((b) => b.id === snap.blockId);
  const current = env.blocks[index];
  const settings = snap.settings;

  return (
    <div className="tm-panel" data-testid="tm-panel">
      <section className="tm-section" aria-labelledby="tm-matches-title">
        <h3 id="tm-matches-title">{current ? t('matches.title', { row: index + 1 }) : t('matches.titleNone')}</h3>
        {!current ? <p className="navigate-note">{t('matches.pick')}</p> : null}
        {current && snap.loading ? <p className="navigate-note">{t('matches.loading')}</p> : null}
        {current && !snap.loading && snap.matches.length === 0 ? <p className="navigate-note" data-testid="tm-no-matches">{t('matches.none')}</p> : null}
        <ol className="tm-matches">
          {current ? snap.matches.map((m, k) => <MatchItem key={k} match={m} n={k + 1} current={current.source} onInsert={() => ctx.insertMatch(k + 1)} />) : null}
        </ol>
      </section>

      <section className="tm-section" aria-labelledby="tm-concordance-title">
        <h3 id="tm-concordance-title">{t('concordance.title')}</h3>
        <form
          className="tm-concordance-form"
          onSubmit={(e) => {
            e.preventDefault();
            ctx.searchConcordance(query);
          }}
        >
          <input value={query} onChange={(e) => setQuery(e.target.value)} aria-label={t('concordance.query')} placeholder={t('concordance.placeholder')} data-testid="tm-concordance-query" lang="zh-Hans" />
          <select value={snap.concordanceSide} onChange={(e) => ctx.searchConcordance(query, e.target.value === 'target' ? 'target' : 'source')} aria-label={t('concordance.side')}>
            <option value="source">{t('concordance.source')}</option>
            <option value="target">{t('concordance.target')}</option>
          </select>
          <button type="submit" data-testid="tm-concordance-search">
            {t('concordance.search')}
          </button>
        </form>
        {snap.concordance ? (
          <>
            <p className="navigate-note" data-testid="tm-concordance-total">
              {t('concordance.total', { count: snap.concordance.total, shown: snap.concordance.hits.length })}
            </p>
            <ol className="tm-kwic" data-testid="tm-concordance-hits">
              {snap.concordance.hits.map((h, k) => (
                <li key={k} data-testid="tm-concordance-hit">
                  <div>{snap.concordanceSide === 'source' ? <Marked text={h.source} ranges={h.hits} className="tm-hit" lang="zh-Hans" /> : <span lang="zh-Hans">{h.source}</span>}</div>
                  <div>{snap.concordanceSide === 'target' ? <Marked text={h.target} ranges={h.hits} className="tm-hit" lang="en" /> : <span lang="en">{h.target}</span>}</div>
                  <div className="tm-meta">{h.tmName}</div>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p className="navigate-note">{t('concordance.hint')}</p>
        )}
      </section>

      <TmList ctx={ctx} />

      <section className="tm-section" aria-labelledby="tm-settings-title">
        <h3 id="tm-settings-title">{t('settings.title')}</h3>
        <label className="tm-setting">
          <input type="checkbox" checked={settings.repetitions} onChange={(e) => ctx.state.setSettings({ repetitions: e.target.checked })} data-testid="tm-setting-repetitions" />{' '}
          {t('settings.repetitions')}
        </label>
        <label className="tm-setting">
          <input type="checkbox" checked={settings.autoFill} onChange={(e) => ctx.state.setSettings({ autoFill: e.target.checked })} data-testid="tm-setting-autofill" /> {t('settings.autoFill')}
        </label>
        <label className="tm-setting">
          {t('settings.autoFillMin')}{' '}
          <input type="number" min={50} max={101} value={settings.autoFillMin} onChange={(e) => ctx.state.setSettings({ autoFillMin: Math.min(101, Math.max(50, Number(e.target.value) || 90)) })} />
        </label>
        <label className="tm-setting">
          {t('settings.minScore')}{' '}
          <input type="number" min={30} max={100} value={settings.minScore} onChange={(e) => ctx.state.setSettings({ minScore: Math.min(100, Math.max(30, Number(e.target.value) || 50)) })} />
        </label>
      </section>
    </div>
  );
}

import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { backgroundClient } from '@/utils/messaging/client';
import type { HistoryEntry } from '@/utils/storage/history';
import { withinRetention } from '@/utils/storage/history';
import { preferencesItem } from '@/utils/storage/items';
import { dismissStorageNotice, getStorageNotice, type StorageNotice } from '@/utils/storage/notice';
import type { Preferences } from '@/utils/storage/preferences';
import { t, type MessageKey } from '@/utils/i18n/t';
import { HistoryView } from '../history/HistoryView';
import { ConsentSettings } from './ConsentSettings';
import { DataSettings } from './DataSettings';
import { PageSettings } from './PageSettings';
import { SiteRules } from './SiteRules';
import './options.css';

type Status = { tone: 'ok' | 'bad'; key: MessageKey } | null;

const SECTIONS: Array<[id: string, title: MessageKey]> = [
  ['cookies', 'sectionCookies'],
  ['site-rules', 'sectionSiteRules'],
  ['on-pages', 'sectionOnPages'],
  ['history', 'sectionHistory'],
  ['data', 'sectionData'],
];

/** The options page: preferences (saved as they change), site rules, history and data. */
export function Options() {
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [notice, setNotice] = useState<StorageNotice | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [loadFailed, setLoadFailed] = useState(false);

  const load = useCallback(async () => {
    try {
      const [p, h, n] = await Promise.all([
        backgroundClient.getPreferences(),
        backgroundClient.getHistory(),
        getStorageNotice(),
      ]);
      setPrefs(p);
      setHistory(h);
      setNotice(n);
      setLoadFailed(false);
    } catch (error) {
      console.warn('[candor] options could not load', error);
      setLoadFailed(true);
    }
  }, []);
  useEffect(() => void load(), [load]);
  // Preferences change elsewhere too (a site rule set in the popup): this page saves whole objects,
  // so it must start from the stored ones, or its next save would undo that change.
  useEffect(
    () =>
      preferencesItem.watch(() => {
        backgroundClient.getPreferences().then(setPrefs, (error: unknown) => console.warn('[candor] preferences not reloaded', error));
      }),
    [],
  );

  const retentionDays = prefs?.history.retentionDays;
  const keptHistory = useMemo(
    () => (retentionDays ? withinRetention(history, retentionDays) : history),
    [history, retentionDays],
  );

  const save = useCallback(async (next: Preferences) => {
    const previous = prefs;
    setPrefs(next);
    try {
      await backgroundClient.setPreferences(next);
      setStatus({ tone: 'ok', key: 'saved' });
    } catch (error) {
      console.warn('[candor] preferences not saved', error);
      setPrefs(previous);
      setStatus({ tone: 'bad', key: 'saveFailed' });
    }
  }, [prefs]);

  const clearAll = useCallback(async () => {
    try {
      await backgroundClient.clearAllData();
      await load();
      setStatus({ tone: 'ok', key: 'cleared' });
    } catch {
      setStatus({ tone: 'bad', key: 'saveFailed' });
    }
  }, [load]);

  return (
    <div class="options">
      <header class="options-header">
        <h1>{t('optionsTitle')}</h1>
        <p class={`save-status ${status?.tone === 'bad' ? 'status-bad' : 'status-ok'}`} role="status" data-testid="save-status">
          {status ? t(status.key) : ''}
        </p>
      </header>
      <nav class="options-nav" aria-label={t('sectionsNav')}>
        <ul>
          {SECTIONS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(title)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options-main">
        {notice && notice.items.length > 0 && (
          <div class="card notice-card" role="alert">
            <p>{t('storageRepaired', { items: notice.items.map((i) => i.item).join(', ') })}</p>
            <button type="button" onClick={() => void dismissStorageNotice().then(() => setNotice(null))}>
              {t('dismiss')}
            </button>
          </div>
        )}
        {loadFailed && (
          <div class="card" role="alert">
            <p>{t('optionsLoadFailed')}</p>
            <button type="button" onClick={() => void load()}>
              {t('retry')}
            </button>
          </div>
        )}
        {!prefs && !loadFailed && <p role="status">{t('loading')}</p>}
        {prefs && (
          <>
            <Section id="cookies" title="sectionCookies">
              <ConsentSettings prefs={prefs} save={save} />
            </Section>
            <Section id="site-rules" title="sectionSiteRules">
              <p class="muted">{t('siteRulesIntro')}</p>
              <SiteRules prefs={prefs} save={save} />
            </Section>
            <Section id="on-pages" title="sectionOnPages">
              <PageSettings prefs={prefs} save={save} />
            </Section>
            <Section id="history" title="sectionHistory">
              <HistoryView history={keptHistory} />
            </Section>
            <Section id="data" title="sectionData">
              <DataSettings prefs={prefs} save={save} clearAll={clearAll} />
            </Section>
          </>
        )}
      </main>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: MessageKey; children: preact.ComponentChildren }) {
  return (
    <section id={id} class="card options-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t(title)}</h2>
      {children}
    </section>
  );
}

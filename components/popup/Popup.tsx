import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { backgroundClient } from '@/utils/messaging/client';
import type { PageReport } from '@/utils/report/schema';
import { reportItem } from '@/utils/storage/items';
import type { SiteRule } from '@/utils/storage/preferences';
import { t } from '@/utils/i18n/t';
import { downloadJson, fileDate } from '../ui/download';
import { AiSection } from './AiSection';
import { ArticleSection } from './ArticleSection';
import { CookiesSection } from './CookiesSection';
import { siteRuleKey } from '../ui/site';
import { isRestrictedUrl, targetTab, type TargetTab } from './tab';
import './popup.css';

type State =
  | { kind: 'loading' }
  | { kind: 'error' }
  | { kind: 'restricted' }
  | { kind: 'ready'; tab: TargetTab; report: PageReport | null; rules: Record<string, SiteRule> };

/** The popup for one tab: its report (live), or a clear state saying why there is none. */
export function Popup() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let unwatch = () => {};
    let cancelled = false;
    void (async () => {
      try {
        const tab = await targetTab();
        if (!tab) throw new Error('no tab');
        if (isRestrictedUrl(tab.url)) return setState({ kind: 'restricted' });
        const [report, prefs] = await Promise.all([
          backgroundClient.getReport(tab.id),
          backgroundClient.getPreferences(),
        ]);
        if (cancelled) return;
        setState({ kind: 'ready', tab, report, rules: prefs.consent.siteRules });
        unwatch = reportItem(tab.id).watch(() => {
          void backgroundClient.getReport(tab.id).then(
            (next) => setState((s) => (s.kind === 'ready' ? { ...s, report: next } : s)),
            () => setState({ kind: 'error' }),
          );
        });
      } catch (error) {
        console.warn('[candor] popup could not load', error);
        if (!cancelled) setState({ kind: 'error' });
      }
    })();
    return () => {
      cancelled = true;
      unwatch();
    };
  }, [attempt]);

  const retry = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return (
    <div class="popup" aria-busy={state.kind === 'loading'}>
      <header class="popup-header">
        <h1>{t('appName')}</h1>
        {state.kind === 'ready' && <span class="host muted">{hostOf(state.tab.url)}</span>}
      </header>
      <main>
        <PopupBody state={state} retry={retry} setState={setState} />
      </main>
      <footer class="popup-footer row">
        {state.kind === 'ready' && state.report && (
          <button type="button" onClick={() => exportReport(state.report!)}>
            {t('exportReport')}
          </button>
        )}
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openSettings')}
        </button>
      </footer>
    </div>
  );
}

function PopupBody({ state, retry, setState }: { state: State; retry(): void; setState(s: State): void }) {
  switch (state.kind) {
    case 'loading':
      return (
        <p class="notice muted" role="status">
          {t('loading')}
        </p>
      );
    case 'error':
      return (
        <div class="notice" role="alert">
          <h2>{t('errorTitle')}</h2>
          <p>{t('errorBody')}</p>
          <button type="button" onClick={retry}>
            {t('retry')}
          </button>
        </div>
      );
    case 'restricted':
      return (
        <div class="notice" data-testid="restricted">
          <h2>{t('restrictedTitle')}</h2>
          <p class="muted">{t('restrictedBody')}</p>
        </div>
      );
    case 'ready': {
      const { tab, report, rules } = state;
      if (!report) {
        return (
          <div class="notice" data-testid="no-report">
            <h2>{t('noReportTitle')}</h2>
            <p class="muted">{t('noReportBody')}</p>
            <button type="button" class="primary" onClick={() => void browser.tabs.reload(tab.id)}>
              {t('reloadPage')}
            </button>
          </div>
        );
      }
      const site = siteRuleKey(tab.url);
      const setRule = async (rule: SiteRule) => {
        if (!site) return;
        await backgroundClient.setSiteRule(site, rule);
        const next = { ...rules };
        if (rule === 'default') delete next[site];
        else next[site] = rule;
        setState({ ...state, rules: next });
      };
      return (
        <div class="sections">
          <ArticleSection article={report.article} host={hostOf(tab.url)} />
          <AiSection findings={report.ai} tabId={tab.id} provenance={report.provenance} />
          <CookiesSection
            consent={report.consent}
            tabId={tab.id}
            site={site}
            rule={(site && rules[site]) || 'default'}
            onRule={setRule}
          />
        </div>
      );
    }
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function exportReport(report: PageReport): void {
  const host = hostOf(report.url) || 'page';
  downloadJson(`candor-report-${host}-${fileDate()}.json`, report);
}

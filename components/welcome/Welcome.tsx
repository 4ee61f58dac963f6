import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { backgroundClient } from '@/utils/messaging/client';
import type { Preferences } from '@/utils/storage/preferences';
import { t, type MessageKey } from '@/utils/i18n/t';
import { ConsentSettings } from '../options/ConsentSettings';
import './welcome.css';

const FEATURES: Array<[title: MessageKey, body: MessageKey]> = [
  ['welcomeArticleTitle', 'welcomeArticleBody'],
  ['welcomeAiTitle', 'welcomeAiBody'],
  ['welcomeCookiesTitle', 'welcomeCookiesBody'],
];

/** First run: what Candor does, the defaults it starts with, and one screen to change them. */
export function Welcome() {
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    backgroundClient.getPreferences().then(setPrefs, () => setFailed(true));
  }, []);
  const save = (next: Preferences) => {
    setPrefs(next);
    backgroundClient.setPreferences(next).catch(() => setFailed(true));
  };
  return (
    <main class="welcome">
      <header>
        <h1>{t('welcomeTitle')}</h1>
        <p class="lead">{t('welcomeLead')}</p>
      </header>
      <ul class="features">
        {FEATURES.map(([title, body]) => (
          <li key={title} class="card">
            <h2>{t(title)}</h2>
            <p>{t(body)}</p>
          </li>
        ))}
      </ul>
      <section class="card" aria-labelledby="defaults-heading">
        <h2 id="defaults-heading">{t('welcomeDefaultsTitle')}</h2>
        <p>{t('welcomeDefaultsBody')}</p>
        {failed && (
          <p class="status-bad" role="alert">
            {t('saveFailed')}
          </p>
        )}
        {prefs && (
          <>
            <ConsentSettings prefs={prefs} save={save} />
            <div class="check">
              <input
                type="checkbox"
                role="switch"
                id="welcome-badges"
                checked={prefs.badges.enabled}
                onChange={(e) => save({ ...prefs, badges: { ...prefs.badges, enabled: e.currentTarget.checked } })}
              />
              <label for="welcome-badges">
                <strong>{t('badgesLabel')}</strong>
                <span class="help">{t('badgesHelp')}</span>
              </label>
            </div>
          </>
        )}
      </section>
      <p class="row">
        <button type="button" class="primary" onClick={() => window.close()}>
          {t('welcomeDone')}
        </button>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('welcomeAllSettings')}
        </button>
      </p>
      <p class="muted">{t('welcomePinHint')}</p>
    </main>
  );
}

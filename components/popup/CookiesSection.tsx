import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ConsentResult } from '@/utils/report/schema';
import type { SiteRule } from '@/utils/storage/preferences';
import { t } from '@/utils/i18n/t';
import { formatDuration } from '../ui/format';
import { CATEGORY_LABELS, OUTCOME_LABELS, SITE_RULE_LABELS, SITE_RULES } from '../ui/labels';

interface Props {
  consent: ConsentResult | null;
  tabId: number;
  /** Registrable domain of the tab, or null (an IP address) where site rules cannot apply. */
  site: string | null;
  rule: SiteRule;
  onRule(rule: SiteRule): Promise<void>;
}

/** What Candor did about the cookie banner, and the one-click rule for this site. */
export function CookiesSection({ consent, tabId, site, rule, onRule }: Props) {
  const [changed, setChanged] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const choose = async (next: SiteRule) => {
    try {
      await onRule(next);
      setSaveFailed(false);
      setChanged(true);
    } catch {
      setSaveFailed(true);
    }
  };
  return (
    <section class="card" aria-labelledby="cookies-heading" data-testid="cookies">
      <h2 id="cookies-heading">{t('cookiesHeading')}</h2>
      <ConsentFacts consent={consent} />
      {site ? (
        <fieldset class="rules">
          <legend>{t('siteRuleLegend', { site })}</legend>
          <div class="segmented">
            {SITE_RULES.map((option) => (
              <label key={option} class={option === rule ? 'selected' : undefined}>
                <input
                  type="radio"
                  name="site-rule"
                  value={option}
                  checked={option === rule}
                  onChange={() => void choose(option)}
                />
                <span>{t(SITE_RULE_LABELS[option])}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <p class="muted small">{t('siteRuleNoDomain')}</p>
      )}
      <div aria-live="polite" class="reload-slot">
        {changed && (
          <p class="row">
            <span>{t('reloadToApply')}</span>
            <button type="button" class="primary" onClick={() => void browser.tabs.reload(tabId)}>
              {t('reloadPage')}
            </button>
          </p>
        )}
        {saveFailed && <p class="status-bad">{t('saveFailed')}</p>}
      </div>
    </section>
  );
}

function ConsentFacts({ consent }: { consent: ConsentResult | null }) {
  if (!consent) return <p class="muted">{t('cookiesNone')}</p>;
  const outcome = OUTCOME_LABELS[consent.outcome];
  const categories = consent.categories;
  return (
    <>
      <p class={`outcome status-${outcome.tone}`} data-testid="consent-outcome" data-outcome={consent.outcome}>
        {t(outcome.text)}
      </p>
      <dl class="facts">
        <dt>{t('cookiesPlatform')}</dt>
        <dd>{consent.cmp ?? t('cookiesHomeMade')}</dd>
        {categories && (
          <>
            <dt>{t('cookiesAllowed')}</dt>
            <dd>
              {categories.length === 0
                ? t('cookiesOnlyNecessary')
                : categories.map((c) => t(CATEGORY_LABELS[c].name)).join(', ')}
            </dd>
          </>
        )}
        <dt>{t('cookiesVerified')}</dt>
        <dd>{consent.verified ? t('yes') : t('no')}</dd>
        {consent.ms !== null && (
          <>
            <dt>{t('cookiesTime')}</dt>
            <dd>{formatDuration(consent.ms)}</dd>
          </>
        )}
      </dl>
    </>
  );
}

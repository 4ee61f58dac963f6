import { useState } from 'preact/hooks';
import type { Preferences, SiteRule } from '@/utils/storage/preferences';
import { t } from '@/utils/i18n/t';
import { SITE_RULE_LABELS, SITE_RULES } from '../ui/labels';
import { siteRuleKey } from '../ui/site';

interface Props {
  prefs: Preferences;
  save(next: Preferences): void;
}

const EXCEPTIONS = SITE_RULES.filter((r) => r !== 'default');

/** The person's per-site exceptions: search, add, change, remove. */
export function SiteRules({ prefs, save }: Props) {
  const [query, setQuery] = useState('');
  const [draft, setDraft] = useState('');
  const [draftRule, setDraftRule] = useState<SiteRule>('reject-all');
  const [problem, setProblem] = useState<string | null>(null);
  const rules = prefs.consent.siteRules;
  const setRule = (site: string, rule: SiteRule | null) => {
    const next = { ...rules };
    if (rule === null || rule === 'default') delete next[site];
    else next[site] = rule;
    save({ ...prefs, consent: { ...prefs.consent, siteRules: next } });
  };
  const add = (event: Event) => {
    event.preventDefault();
    const site = siteRuleKey(draft);
    if (!site) return setProblem(t('siteRuleInvalid', { input: draft }));
    setProblem(null);
    setRule(site, draftRule);
    setDraft('');
  };
  const needle = query.trim().toLowerCase();
  const shown = Object.keys(rules)
    .filter((site) => site.includes(needle))
    .sort();
  return (
    <>
      <form class="row add-rule" onSubmit={add} aria-label={t('siteRuleAdd')}>
        <label class="stack">
          <span>{t('siteRuleSite')}</span>
          <input
            type="text"
            value={draft}
            placeholder="example.com"
            onInput={(e) => setDraft(e.currentTarget.value)}
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'site-rule-problem' : undefined}
            spellcheck={false}
            autocomplete="off"
          />
        </label>
        <label class="stack">
          <span>{t('siteRuleRule')}</span>
          <select value={draftRule} onChange={(e) => setDraftRule(e.currentTarget.value as SiteRule)}>
            {EXCEPTIONS.map((rule) => (
              <option key={rule} value={rule}>
                {t(SITE_RULE_LABELS[rule])}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="primary">
          {t('siteRuleAdd')}
        </button>
      </form>
      {problem && (
        <p id="site-rule-problem" class="status-bad" role="alert">
          {problem}
        </p>
      )}
      <label class="stack search">
        <span>{t('siteRuleSearch')}</span>
        <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      {shown.length === 0 ? (
        <p class="muted">{Object.keys(rules).length === 0 ? t('siteRulesEmpty') : t('siteRulesNoMatch')}</p>
      ) : (
        <table class="rules-table" data-testid="site-rules">
          <thead>
            <tr>
              <th scope="col">{t('siteRuleSite')}</th>
              <th scope="col">{t('siteRuleRule')}</th>
              <th scope="col">
                <span class="sr-only">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((site) => (
              <tr key={site}>
                <th scope="row">{site}</th>
                <td>
                  <select
                    value={rules[site]}
                    aria-label={t('siteRuleFor', { site })}
                    onChange={(e) => setRule(site, e.currentTarget.value as SiteRule)}
                  >
                    {EXCEPTIONS.map((rule) => (
                      <option key={rule} value={rule}>
                        {t(SITE_RULE_LABELS[rule])}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button type="button" class="danger" onClick={() => setRule(site, null)} aria-label={t('siteRuleRemoveFor', { site })}>
                    {t('remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

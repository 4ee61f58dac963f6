import { ConsentCategorySchema, type ConsentCategory, type Preferences } from '@/utils/storage/preferences';
import { t } from '@/utils/i18n/t';
import { CATEGORY_LABELS } from '../ui/labels';

interface Props {
  prefs: Preferences;
  save(next: Preferences): void;
}

/** Which cookie categories Candor may allow, each explained in plain words, and the GPC signal. */
export function ConsentSettings({ prefs, save }: Props) {
  const allowed = new Set(prefs.consent.allowed);
  const toggle = (category: ConsentCategory, on: boolean) => {
    const next = ConsentCategorySchema.options.filter((c) => (c === category ? on : allowed.has(c)));
    save({ ...prefs, consent: { ...prefs.consent, allowed: next } });
  };
  return (
    <>
      <fieldset class="plain">
        <legend class="legend">{t('categoriesLegend')}</legend>
        <p class="muted">{t('categoriesIntro')}</p>
        <div class="check">
          <input type="checkbox" id="cat-necessary" checked disabled aria-describedby="cat-necessary-help" />
          <label for="cat-necessary">
            <strong>{t('catNecessary')}</strong>
            <span id="cat-necessary-help" class="help">
              {t('catNecessaryHelp')}
            </span>
          </label>
        </div>
        {ConsentCategorySchema.options.map((category) => (
          <div class="check" key={category}>
            <input
              type="checkbox"
              id={`cat-${category}`}
              checked={allowed.has(category)}
              onChange={(e) => toggle(category, e.currentTarget.checked)}
              aria-describedby={`cat-${category}-help`}
            />
            <label for={`cat-${category}`}>
              <strong>{t(CATEGORY_LABELS[category].name)}</strong>
              <span id={`cat-${category}-help`} class="help">
                {t(CATEGORY_LABELS[category].help)}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      <div class="check">
        <input
          type="checkbox"
          role="switch"
          id="gpc"
          checked={prefs.consent.globalPrivacyControl}
          onChange={(e) => save({ ...prefs, consent: { ...prefs.consent, globalPrivacyControl: e.currentTarget.checked } })}
          aria-describedby="gpc-help"
        />
        <label for="gpc">
          <strong>{t('gpcLabel')}</strong>
          <span id="gpc-help" class="help">
            {t('gpcHelp')}
          </span>
        </label>
      </div>
    </>
  );
}

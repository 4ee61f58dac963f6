import { useState } from 'preact/hooks';
import type { Preferences } from '@/utils/storage/preferences';
import { t } from '@/utils/i18n/t';

interface Props {
  prefs: Preferences;
  save(next: Preferences): void;
}

type HighlightSource = Preferences['highlights']['source'];
const HIGHLIGHT_SOURCES: Array<[HighlightSource, 'highlightsSourceExtractive' | 'highlightsSourceSummarizer']> = [
  ['extractive', 'highlightsSourceExtractive'],
  ['summarizer', 'highlightsSourceSummarizer'],
];

/** What Candor does on news pages: AI badges, reading image metadata, and where highlights come from. */
export function PageSettings({ prefs, save }: Props) {
  const [sizeText, setSizeText] = useState(String(prefs.badges.minImagePx));
  const sizeValue = Number(sizeText);
  const sizeValid = sizeText.trim() !== '' && Number.isInteger(sizeValue) && sizeValue >= 0 && sizeValue <= 2000;
  const commitSize = () => {
    if (sizeValid && sizeValue !== prefs.badges.minImagePx) save({ ...prefs, badges: { ...prefs.badges, minImagePx: sizeValue } });
  };
  return (
    <>
      <div class="check">
        <input
          type="checkbox"
          role="switch"
          id="badges"
          checked={prefs.badges.enabled}
          onChange={(e) => save({ ...prefs, badges: { ...prefs.badges, enabled: e.currentTarget.checked } })}
          aria-describedby="badges-help"
        />
        <label for="badges">
          <strong>{t('badgesLabel')}</strong>
          <span id="badges-help" class="help">
            {t('badgesHelp')}
          </span>
        </label>
      </div>
      <label class="stack narrow">
        <span>{t('minImageLabel')}</span>
        <span class="row">
          <input
            type="number"
            min={0}
            max={2000}
            step={1}
            value={sizeText}
            disabled={!prefs.badges.enabled}
            onInput={(e) => setSizeText(e.currentTarget.value)}
            onBlur={commitSize}
            onKeyDown={(e) => e.key === 'Enter' && commitSize()}
            aria-invalid={!sizeValid}
            aria-describedby="min-image-help"
          />
          <span aria-hidden="true">px</span>
        </span>
        <span id="min-image-help" class={sizeValid ? 'help' : 'help status-bad'}>
          {sizeValid ? t('minImageHelp') : t('minImageInvalid')}
        </span>
      </label>
      <div class="check">
        <input
          type="checkbox"
          role="switch"
          id="provenance"
          checked={prefs.provenance.enabled}
          onChange={(e) => save({ ...prefs, provenance: { ...prefs.provenance, enabled: e.currentTarget.checked } })}
          aria-describedby="provenance-help"
        />
        <label for="provenance">
          <strong>{t('provenanceLabel')}</strong>
          <span id="provenance-help" class="help">
            {t('provenanceHelp')}
          </span>
        </label>
      </div>
      <fieldset class="plain">
        <legend class="legend">{t('highlightsSourceLegend')}</legend>
        {HIGHLIGHT_SOURCES.map(([source, label]) => (
          <div class="check" key={source}>
            <input
              type="radio"
              name="highlights-source"
              id={`highlights-${source}`}
              value={source}
              checked={prefs.highlights.source === source}
              onChange={() => save({ ...prefs, highlights: { source } })}
            />
            <label for={`highlights-${source}`}>{t(label)}</label>
          </div>
        ))}
      </fieldset>
    </>
  );
}

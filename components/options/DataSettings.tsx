import { useRef, useState } from 'preact/hooks';
import type { Preferences } from '@/utils/storage/preferences';
import { t } from '@/utils/i18n/t';
import { downloadJson, fileDate } from '../ui/download';
import { parseSettingsFile, settingsFileOf } from './settings-file';

interface Props {
  prefs: Preferences;
  save(next: Preferences): void;
  clearAll(): Promise<void>;
}

const RETENTION_DAYS = [7, 30, 90, 365];

/** History retention, "clear all data", and settings export/import. */
export function DataSettings({ prefs, save, clearAll }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = parseSettingsFile(await file.text());
    if (result.ok) {
      save(result.preferences);
      setImportMessage({ ok: true, text: t('importDone', { file: file.name }) });
    } else {
      const reason = result.problem === 'not-json' ? t('importNotJson') : t('importNotSettings');
      setImportMessage({ ok: false, text: `${reason} ${t('importNothingChanged')} (${result.detail})` });
    }
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <>
      <label class="stack narrow">
        <span>{t('retentionLabel')}</span>
        <select
          value={prefs.history.retentionDays}
          onChange={(e) => save({ ...prefs, history: { retentionDays: Number(e.currentTarget.value) } })}
        >
          {[...new Set([...RETENTION_DAYS, prefs.history.retentionDays])]
            .sort((a, b) => a - b)
            .map((days) => (
              <option key={days} value={days}>
                {t('retentionDays', { n: days })}
              </option>
            ))}
        </select>
      </label>

      <h3 class="subheading">{t('settingsFileHeading')}</h3>
      <p class="muted">{t('settingsFileHelp')}</p>
      <div class="row">
        <button type="button" onClick={() => downloadJson(`candor-settings-${fileDate()}.json`, settingsFileOf(prefs))}>
          {t('exportSettings')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('importSettings')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          class="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="import-file"
          onChange={(e) => void importFile(e.currentTarget.files?.[0])}
        />
      </div>
      <div aria-live="polite">
        {importMessage && (
          <p class={importMessage.ok ? 'status-ok' : 'status-bad'} role={importMessage.ok ? 'status' : 'alert'} data-testid="import-message">
            {importMessage.text}
          </p>
        )}
      </div>

      <h3 class="subheading">{t('clearHeading')}</h3>
      <p class="muted">{t('clearHelp')}</p>
      {confirming ? (
        <div class="row" role="group" aria-label={t('clearConfirm')}>
          <span>{t('clearConfirm')}</span>
          <button
            type="button"
            class="danger"
            onClick={() => {
              setConfirming(false);
              void clearAll();
            }}
          >
            {t('clearYes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          {t('clearAll')}
        </button>
      )}
    </>
  );
}

import type { Provenance, ProvenanceRecord } from '@/utils/report/schema';
import { t, type MessageKey } from '@/utils/i18n/t';
import { fileNameOf } from './ai-groups';

const STANDARDS: Record<Provenance['standard'], string> = { c2pa: 'C2PA', iptc: 'IPTC', tc260: 'TC260' };

/** What an image file's own metadata says: standard, tool, signer and whether the signature holds. */
export function ProvenanceFacts({ provenance }: { provenance: Provenance }) {
  return (
    <dl class="facts small">
      <dt>{t('provStandard')}</dt>
      <dd>{STANDARDS[provenance.standard]}</dd>
      {provenance.generator && (
        <>
          <dt>{t('provGenerator')}</dt>
          <dd>{provenance.generator}</dd>
        </>
      )}
      {provenance.signer && (
        <>
          <dt>{t('provSigner')}</dt>
          <dd>{provenance.signer}</dd>
        </>
      )}
      {provenance.valid !== null && (
        <>
          <dt>{t('provSignature')}</dt>
          <dd class={provenance.valid ? 'status-ok' : 'status-bad'}>{provenance.valid ? t('provValid') : t('provInvalid')}</dd>
        </>
      )}
      {provenance.ingredientAI && (
        <>
          <dt>{t('provIngredient')}</dt>
          <dd>{t('yes')}</dd>
        </>
      )}
    </dl>
  );
}

const VERDICTS: Record<Exclude<ProvenanceRecord['verdict'], 'ai'>, MessageKey> = {
  'not-ai': 'verdictNotAi',
  unknown: 'verdictUnknown',
  invalid: 'verdictInvalid',
};

/**
 * Images whose metadata was read but does not claim AI (credentials of a camera, unsigned or
 * broken records). The AI ones are findings already; these complete the picture.
 */
export function OtherCredentials({ records }: { records: ProvenanceRecord[] }) {
  const others = records.filter((r) => r.verdict !== 'ai');
  if (others.length === 0) return null;
  return (
    <div data-testid="provenance-others">
      <h3 class="subheading">
        {t('provOthers')} <span class="muted">({others.length})</span>
      </h3>
      <ul class="findings">
        {others.map((record) => (
          <li key={record.id} class="finding">
            <div class="finding-main">
              <span class="target small" title={record.src}>
                {fileNameOf(record.src) ?? record.src}
              </span>
              <span class={record.verdict === 'invalid' ? 'status-bad small' : 'muted small'}>
                {t(VERDICTS[record.verdict as keyof typeof VERDICTS])}
              </span>
              <ProvenanceFacts provenance={record.provenance} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

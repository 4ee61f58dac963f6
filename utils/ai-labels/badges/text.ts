import { t } from '../../i18n/t';
import type { AiFinding } from '../../report/schema';

/**
 * Badge wording in the browser's language (public/_locales): the tooltip quotes the publisher's
 * own words (or the file's claim) and doubles as the accessible name, so it says what is labelled.
 */
export function badgeText(finding: AiFinding): { short: string; name: string; tooltip: string } {
  const tooltip =
    finding.evidence === 'metadata'
      ? t('badgeMetadataTooltip', { claim: finding.phrase })
      : t(finding.kind === 'text' ? 'badgeStoryTooltip' : 'badgeImageTooltip', { phrase: finding.phrase });
  return { short: t('badgeText'), name: tooltip, tooltip };
}

import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AiFinding, ProvenanceRecord } from '@/utils/report/schema';
import type { UiToContent } from '@/utils/messaging/messages';
import { t, type MessageKey } from '@/utils/i18n/t';
import { groupFindings, targetName, type AiGroup } from './ai-groups';
import { OtherCredentials, ProvenanceFacts } from './ProvenanceDetails';

const GROUP_HEADINGS: Record<AiGroup, MessageKey> = {
  images: 'aiImages',
  stories: 'aiStories',
  metadata: 'aiMetadata',
};

const EVIDENCE: Record<AiFinding['evidence'], MessageKey> = {
  label: 'evidenceLabel',
  alt: 'evidenceAlt',
  caption: 'evidenceCaption',
  metadata: 'evidenceMetadata',
};

/** The publisher's own AI disclosures on this page, grouped, each with its evidence and a jump. */
interface Props {
  findings: AiFinding[];
  tabId: number;
  /** Every image whose metadata was read (report.provenance), when provenance reading ran. */
  provenance?: ProvenanceRecord[];
}

export function AiSection({ findings, tabId, provenance = [] }: Props) {
  const groups = groupFindings(findings);
  return (
    <section class="card" aria-labelledby="ai-heading" data-testid="ai">
      <h2 id="ai-heading" class="row spread">
        <span>{t('aiHeading')}</span>
        {/* The same number as the toolbar badge: every finding, whatever its group. */}
        <span class="count" data-testid="ai-count" aria-label={t('aiCountLabel', { n: findings.length })}>
          {findings.length}
        </span>
      </h2>
      {findings.length === 0 ? (
        <p class="muted">{t('aiNone')}</p>
      ) : (
        (Object.keys(groups) as AiGroup[])
          .filter((group) => groups[group].length > 0)
          .map((group) => (
            <div key={group} data-testid={`ai-group-${group}`}>
              <h3 class="subheading">
                {t(GROUP_HEADINGS[group])} <span class="muted">({groups[group].length})</span>
              </h3>
              <ul class="findings">
                {groups[group].map((finding) => (
                  <FindingItem key={finding.id} finding={finding} tabId={tabId} />
                ))}
              </ul>
            </div>
          ))
      )}
      <OtherCredentials records={provenance} />
    </section>
  );
}

function FindingItem({ finding, tabId }: { finding: AiFinding; tabId: number }) {
  const [failed, setFailed] = useState(false);
  const name = targetName(finding);
  const reveal = async () => {
    const message: UiToContent = { type: 'ai:reveal', id: finding.id };
    try {
      // The content script answers whether it found the item (it may have left the page).
      setFailed((await browser.tabs.sendMessage(tabId, message)) !== true);
    } catch {
      setFailed(true);
    }
  };
  return (
    <li class="finding">
      <div class="finding-main">
        <q class="evidence" lang={finding.lang ?? undefined}>
          {finding.phrase}
        </q>
        <span class="muted small">{t(EVIDENCE[finding.evidence])}</span>
        {name && (
          <span class="target small" title={name}>
            {name}
          </span>
        )}
        {finding.provenance && <ProvenanceFacts provenance={finding.provenance} />}
      </div>
      <button type="button" class="small-button" onClick={reveal} aria-label={t('showOnPageFor', { item: name ?? finding.phrase })}>
        {t('showOnPage')}
      </button>
      {failed && (
        <p class="status-bad small" role="alert">
          {t('showOnPageFailed')}
        </p>
      )}
    </li>
  );
}

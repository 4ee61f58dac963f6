import type { MessageKey } from '@/utils/i18n/t';
import type { ConsentResult } from '@/utils/report/schema';
import type { ConsentCategory, SiteRule } from '@/utils/storage/preferences';

/** Message keys for the enums the popup, options and welcome pages all show. */

export const CATEGORY_LABELS: Record<ConsentCategory, { name: MessageKey; help: MessageKey }> = {
  functional: { name: 'catFunctional', help: 'catFunctionalHelp' },
  analytics: { name: 'catAnalytics', help: 'catAnalyticsHelp' },
  advertising: { name: 'catAdvertising', help: 'catAdvertisingHelp' },
  social: { name: 'catSocial', help: 'catSocialHelp' },
};

export const SITE_RULE_LABELS: Record<SiteRule, MessageKey> = {
  'reject-all': 'ruleRejectAll',
  'allow-all': 'ruleAllowAll',
  'leave-alone': 'ruleLeaveAlone',
  default: 'ruleDefault',
};

/** Order in which the four site rules are offered. */
export const SITE_RULES: SiteRule[] = ['reject-all', 'allow-all', 'leave-alone', 'default'];

export const OUTCOME_LABELS: Record<ConsentResult['outcome'], { text: MessageKey; tone: 'ok' | 'warn' | 'bad' | 'muted' }> = {
  rejected: { text: 'outcomeRejected', tone: 'ok' },
  custom: { text: 'outcomeCustom', tone: 'ok' },
  accepted: { text: 'outcomeAccepted', tone: 'warn' },
  hidden: { text: 'outcomeHidden', tone: 'ok' },
  wall: { text: 'outcomeWall', tone: 'warn' },
  none: { text: 'outcomeNone', tone: 'muted' },
  failed: { text: 'outcomeFailed', tone: 'bad' },
};

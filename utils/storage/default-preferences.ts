import type { Preferences } from './preferences';

/**
 * What Candor does until the person chooses: reject everything non-essential. Apart from the
 * schema (preferences.ts) so the always-on content script, which falls back to it when the
 * background does not answer, builds no zod schema.
 */
export const DEFAULT_PREFERENCES: Preferences = {
  consent: { allowed: [], siteRules: {}, globalPrivacyControl: true },
  badges: { enabled: true, minImagePx: 48, disabledSites: [] },
  highlights: { source: 'extractive' },
  provenance: { enabled: true, minImagePx: 150 },
  history: { retentionDays: 90 },
};

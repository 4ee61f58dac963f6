import * as z from 'zod/mini';

/** Consent categories a person can allow; "necessary" is always on and therefore not listed. */
export const ConsentCategorySchema = z.enum(['functional', 'analytics', 'advertising', 'social']);
export type ConsentCategory = z.infer<typeof ConsentCategorySchema>;

/** What Candor does with banners on one registrable domain. */
export const SiteRuleSchema = z.enum(['default', 'reject-all', 'allow-all', 'leave-alone']);
export type SiteRule = z.infer<typeof SiteRuleSchema>;

export const PreferencesSchema = z.object({
  consent: z.object({
    /** Categories the person allows besides necessary ones; empty means "reject everything". */
    allowed: z.array(ConsentCategorySchema),
    siteRules: z.record(z.string(), SiteRuleSchema),
    globalPrivacyControl: z.boolean(),
  }),
  badges: z.object({
    enabled: z.boolean(),
    minImagePx: z.int().check(z.gte(0), z.lte(2000)),
    disabledSites: z.array(z.string()),
  }),
  /** Where summary highlights come from: verbatim sentences, or the browser's on-device Summarizer where it
   * has one (falls back to extractive); defaulted so older stored prefs still parse. */
  highlights: z._default(z.object({ source: z.enum(['extractive', 'summarizer']) }), { source: 'extractive' }),
  /** Reading images' provenance metadata costs network and CPU; defaulted so older stored prefs still parse. */
  provenance: z._default(
    z.object({ enabled: z.boolean(), minImagePx: z.int().check(z.gte(0), z.lte(4000)) }),
    { enabled: true, minImagePx: 150 },
  ),
  /** How long history keeps page digests; a UI setting, defaulted so older stored prefs still parse. */
  history: z._default(z.object({ retentionDays: z.int().check(z.gte(1), z.lte(3650)) }), { retentionDays: 90 }),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export { DEFAULT_PREFERENCES } from './default-preferences';

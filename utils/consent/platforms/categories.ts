import * as z from 'zod/mini';
import { ConsentCategorySchema, type ConsentCategory } from '../../storage/preferences';
import type { CategoryTable } from './category-schema';

/**
 * How a platform's own consent items (OneTrust groups, Cookiebot levels, klaro services, TCF
 * purposes…) map onto Candor's four categories. Fixed ids come first; site-defined names (klaro
 * purposes, vanilla-cookieconsent categories, orejime purposes) are matched by words. A label that
 * maps to nothing counts as "needs every category": it is granted only when everything is allowed.
 *
 * CategoryTableSchema (category-schema.ts) validates this table in tests/unit/consent/platforms/tables.test.ts,
 * not at load: parsing would cost every page and frame the content script runs in.
 */

export const CATEGORY_TABLE: CategoryTable = {
  ids: {
    // OneTrust standard groups (C0001 strictly necessary is required, never toggled).
    C0002: ['analytics'],
    C0003: ['functional'],
    C0004: ['advertising'],
    C0005: ['social'],
    // Cookiebot levels.
    preferences: ['functional'],
    statistics: ['analytics'],
    marketing: ['advertising'],
    // Osano cookieconsent v3 has one switch for everything.
    all: ['functional', 'analytics', 'advertising', 'social'],
    // TCF v2.2 purposes (Quantcast, Sourcepoint, Didomi, any __tcfapi CMP): storage and content
    // personalisation count as functional, ad purposes as advertising, measurement as analytics.
    'tcf-1': ['functional'],
    'tcf-2': ['advertising'],
    'tcf-3': ['advertising'],
    'tcf-4': ['advertising'],
    'tcf-5': ['functional'],
    'tcf-6': ['functional'],
    'tcf-7': ['advertising'],
    'tcf-8': ['analytics'],
    'tcf-9': ['analytics'],
    'tcf-10': ['analytics'],
    'tcf-11': ['functional'],
    // Didomi's purpose ids for the TCF purposes.
    cookies: ['functional'],
    select_basic_ads: ['advertising'],
    create_ads_profile: ['advertising'],
    select_personalized_ads: ['advertising'],
    measure_ad_performance: ['advertising'],
    create_content_profile: ['functional'],
    select_personalized_content: ['functional'],
    measure_content_performance: ['analytics'],
    market_research: ['analytics'],
    improve_products: ['analytics'],
    use_limited_data_to_select_content: ['functional'],
    // tarteaucitron service types.
    ads: ['advertising'],
    analytic: ['analytics'],
    social: ['social'],
    video: ['functional'],
    api: ['functional'],
    support: ['functional'],
    comment: ['functional'],
  },
  words: {
    analytics: ['analytic', 'statisti', 'measure', 'performance', 'audience', 'matomo', 'statistik', 'mesure', 'analyse'],
    advertising: ['advert', 'marketing', 'targeting', 'publicit', 'werbung', 'pubblicit', 'reclame'],
    functional: ['functional', 'preference', 'personali', 'comfort', 'fonctionnel', 'funktional', 'video', 'embed'],
    social: ['social', 'sociaux', 'sozial'],
  },
};

/** The categories one platform label stands for ([] when the table does not know it). */
export function categoriesOfLabel(label: string, table: CategoryTable = CATEGORY_TABLE): ConsentCategory[] {
  const fixed = table.ids[label];
  if (fixed) return fixed;
  const lower = label.toLowerCase();
  return ConsentCategorySchema.options.filter((category) =>
    table.words[category]!.some((word) => lower.includes(word)),
  );
}

/** One consent item as a platform stores it, read in the page's main world. */
export const PlatformItemSchema = z.object({
  id: z.string().check(z.maxLength(200)),
  labels: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(20)),
  required: z.boolean(),
  granted: z.boolean(),
});
export type PlatformItem = z.infer<typeof PlatformItemSchema>;

/** A platform's stored consent: whether the person's choice is recorded, and per item. */
export const PlatformStateSchema = z.object({
  decided: z.boolean(),
  items: z.array(PlatformItemSchema).check(z.maxLength(500)),
});
export type PlatformState = z.infer<typeof PlatformStateSchema>;

/**
 * The categories an item needs: the union over its labels. An item with no known label needs all
 * four, so it is only granted when everything is allowed — never more than the person allowed.
 */
export function categoriesOfItem(item: Pick<PlatformItem, 'labels'>, table = CATEGORY_TABLE): ConsentCategory[] {
  const found = new Set(item.labels.flatMap((label) => categoriesOfLabel(label, table)));
  return found.size > 0 ? [...found] : [...ConsentCategorySchema.options];
}

/** Ids of the optional items to grant: those whose every category is allowed. */
export function itemsToGrant(items: readonly PlatformItem[], allowed: readonly ConsentCategory[]): string[] {
  return items
    .filter((item) => !item.required && categoriesOfItem(item).every((c) => allowed.includes(c)))
    .map((item) => item.id);
}

export interface Verification {
  verified: boolean;
  /** Categories the stored state grants (of optional items), sorted. */
  granted: ConsentCategory[];
}

/**
 * Reads back a platform's stored state against what was meant: the choice is recorded, and every
 * optional item is granted exactly when it was meant to be.
 */
export function verifyState(state: PlatformState | null, grant: readonly string[]): Verification {
  if (!state) return { verified: false, granted: [] };
  const optional = state.items.filter((item) => !item.required);
  const granted = new Set(optional.filter((item) => item.granted).flatMap((item) => categoriesOfItem(item)));
  const exact = optional.every((item) => item.granted === grant.includes(item.id));
  return {
    verified: state.decided && exact,
    granted: ConsentCategorySchema.options.filter((c) => granted.has(c)),
  };
}

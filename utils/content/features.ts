import { aiLabelsFeature } from '../ai-labels/feature';
import { articleFeature } from '../article/feature';
import { consentFeature } from '../consent/feature';
import { provenanceFeature } from '../provenance/feature';
import type { ContentFeature } from './env';

/** Every content feature, in start order: consent first, since a banner covers the page. */
const ALL_FEATURES: ContentFeature[] = [consentFeature, articleFeature, aiLabelsFeature, provenanceFeature];

/**
 * The features named in `spec` ("consent,article"; "none" for none), in start order; all of them
 * when `spec` is empty. A build made with CANDOR_FEATURES set (wxt.config.ts) starts only those:
 * `npm run bench:features` measures what each feature costs the page that way. An unknown name
 * throws as the content script starts, in every page, rather than quietly starting another set.
 */
export function featuresNamed(all: ContentFeature[], spec: string | undefined): ContentFeature[] {
  if (!spec) return all;
  const names = spec.split(',').map((name) => name.trim()).filter((name) => name && name !== 'none');
  const unknown = names.filter((name) => !all.some((feature) => feature.name === name));
  if (unknown.length) throw new Error(`unknown content feature ${unknown.join(', ')}; known: ${all.map((f) => f.name).join(', ')}`);
  return all.filter((feature) => names.includes(feature.name));
}

export const contentFeatures: ContentFeature[] = featuresNamed(ALL_FEATURES, import.meta.env.CANDOR_FEATURES);

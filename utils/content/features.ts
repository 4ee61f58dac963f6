import { aiLabelsFeature } from '../ai-labels/feature';
import { articleFeature } from '../article/feature';
import { consentFeature } from '../consent/feature';
import { provenanceFeature } from '../provenance/feature';
import type { ContentFeature } from './env';

/** Every content feature, in start order: consent first, since a banner covers the page. */
export const contentFeatures: ContentFeature[] = [consentFeature, articleFeature, aiLabelsFeature, provenanceFeature];

import type { ContentFeature } from '../content/env';
import { forwardEarlyConsent } from './early';

/**
 * Cookie banners answered by the person's preferences, in every frame (frame CMPs, about: frames).
 * The engine itself (engine.ts) starts at DOMContentLoaded from the document_start script
 * (entrypoints/consent-prehide.content), long before this content script runs; this feature
 * forwards what it did, after the page's `page:start`, so a result is never wiped by it.
 */
export const consentFeature: ContentFeature = {
  name: 'consent',
  allFrames: true,
  start: (env) => forwardEarlyConsent(env.send),
};

import type { ContentFeature } from '../content/env';

// Being built: wired here so the pipeline compiles end to end.
export const consentFeature: ContentFeature = { name: 'consent', allFrames: false, start() {} };

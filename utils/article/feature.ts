import type { ContentFeature } from '../content/env';

// Being built: wired here so the pipeline compiles end to end.
export const articleFeature: ContentFeature = { name: 'article', allFrames: false, start() {} };

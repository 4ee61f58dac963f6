import type { ContentFeature } from '../content/env';

// Being built: wired here so the pipeline compiles end to end.
export const aiLabelsFeature: ContentFeature = { name: 'ai-labels', allFrames: false, start() {} };

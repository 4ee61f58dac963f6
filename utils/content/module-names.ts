/**
 * Content modules: parts of the content script that only some pages need, built as separate
 * scripts (entrypoints/<name>.ts, defineUnlistedScript) and injected into a frame on demand
 * (modules.ts). Every frame of every page evaluates the always-on script; these are evaluated
 * only where a cheap prefilter saw a reason.
 */
export const CONTENT_MODULES = ['consent-engine', 'ai-labels', 'article-reader'] as const;
export type ContentModuleName = (typeof CONTENT_MODULES)[number];

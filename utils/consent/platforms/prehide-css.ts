import { PLATFORM_ADAPTERS, type PlatformAdapter } from './adapters';
import { UNHIDE_ATTRIBUTE } from './prehide';

/**
 * The document_start stylesheet (entrypoints/consent-prehide.content/prehide.css) for the
 * adapters' containers. Kept apart from prehide.ts so the document_start script stays tiny; the
 * stylesheet is checked against this function by a unit test, which also rewrites it when
 * UPDATE_PREHIDE_CSS=1.
 */
export function prehideCss(adapters: readonly PlatformAdapter[] = PLATFORM_ADAPTERS): string {
  const selectors = [...new Set(adapters.flatMap((adapter) => adapter.prehide))];
  // :where() is forgiving, so one selector a browser does not know cannot void the whole rule.
  return [
    '/* Generated from utils/consent/platforms/adapters.ts (see prehide.ts); do not edit by hand. */',
    `html:not([${UNHIDE_ATTRIBUTE}]) :where(${selectors.join(', ')}) {`,
    '  opacity: 0 !important;',
    '  z-index: -1 !important;',
    '  pointer-events: none !important;',
    '}',
    '',
  ].join('\n');
}


import type { ContentRequest } from '../../messaging/messages';
import { deliver } from '../../messaging/deliver';

/**
 * autoconsent's rules are asked for at document_start, by the prehide script, and taken by the
 * consent engine when it starts at DOMContentLoaded. A stopped service worker (the usual case once
 * the browser has been idle 30 s) takes up to about a second to start and answer on a busy
 * machine; asked this early, it starts while the page is still parsing. The question is the one
 * the engine would ask anyway, once per frame. The answer waits in the isolated world that both
 * content scripts share, out of the page's reach; the engine validates it like any answer.
 */
const SLOT = Symbol.for('candor.consent.early-rules');
type Scope = typeof globalThis & { [SLOT]?: Promise<unknown> };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** Document_start side: asks now, in documents the content script will read. */
export function askRulesEarly(): void {
  if (!HTML_TYPES.has(document.contentType)) return;
  const message: ContentRequest = { type: 'autoconsent:init', url: location.href };
  (globalThis as Scope)[SLOT] = deliver(message).catch(() => null);
}

/** The early answer, taken once (a later start in the same document asks again). */
export function takeEarlyRules(): Promise<unknown> | undefined {
  const scope = globalThis as Scope;
  const early = scope[SLOT];
  delete scope[SLOT];
  return early;
}

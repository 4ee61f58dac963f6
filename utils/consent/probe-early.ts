import type { ContentRequest } from '../messaging/messages';
import { deliver } from '../messaging/deliver';
import { sharedSlot } from '../content/shared-slot';

/**
 * The consent probe (what the frame's prefilter looks for, site-client.ts) is asked for at
 * document_start, by the prehide script, and taken by the content script at DOMContentLoaded. A
 * stopped service worker (the usual case once the browser has been idle 30 s) takes up to about a
 * second to start and answer on a busy machine; asked this early, it starts while the page is still
 * parsing. The answer waits in the isolated world both scripts share, out of the page's reach; the
 * content script validates it like any answer.
 */
const early = sharedSlot('consent.early-probe', () => ({ answer: undefined as Promise<unknown> | undefined }));

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** Document_start side: asks now, in documents the content script will read. */
export function askProbeEarly(): void {
  if (!HTML_TYPES.has(document.contentType)) return;
  const message: ContentRequest = { type: 'consent:probe', url: location.href };
  early.answer = deliver(message).catch(() => null);
}

/** The early answer, taken once (a later start in the same document asks again). */
export function takeEarlyProbe(): Promise<unknown> | undefined {
  const answer = early.answer;
  early.answer = undefined;
  return answer;
}

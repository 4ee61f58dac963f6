import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentToBackground } from '../messaging/messages';
import { getPreferences } from '../storage/items';
import { startConsent } from './engine';

/**
 * The consent engine starts at DOMContentLoaded, from the document_start script: Chromium injects
 * document_end and document_idle scripts close to the page's load event, often a second after a
 * banner appeared, while DOMContentLoaded is when the banner libraries have run (autoconsent starts
 * there too). Starting at document_start itself would be too early: no DOM yet, and libraries
 * that ignore early calls (tarteaucitron) or race a look-alike rule (Osano) misbehave.
 *
 * What the engine says goes through a mailbox to the main content script, which forwards it after
 * its own `page:start` (a result sent before that would be wiped, or dropped as another document's).
 * The mailbox lives in the isolated world both scripts share, out of the page's reach.
 */
const MAILBOX = Symbol.for('candor.consent.mailbox');

interface Mailbox {
  waiting: ContentToBackground[];
  forward?: (message: ContentToBackground) => void;
}

const scope = globalThis as typeof globalThis & { [MAILBOX]?: Mailbox };

function post(message: ContentToBackground): void {
  const box = (scope[MAILBOX] ??= { waiting: [] });
  if (box.forward) box.forward(message);
  else box.waiting.push(message);
}

/** Main content script side: forwards what the engine said so far and everything it says next. */
export function forwardEarlyConsent(send: (message: ContentToBackground) => void): void {
  const box = (scope[MAILBOX] ??= { waiting: [] });
  box.forward = send;
  for (const message of box.waiting.splice(0)) send(message);
}

const SCANNED_CONTENT_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** Document_start side: reads the preferences at once, starts the engine when the DOM is parsed. */
export async function startEarlyConsent(ctx: ContentScriptContext): Promise<void> {
  if (!SCANNED_CONTENT_TYPES.has(document.contentType)) return;
  const prefs = getPreferences();
  if (document.readyState === 'loading') {
    await new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }));
  }
  if (ctx.isInvalid) return;
  await startConsent({ ctx, doc: document, isTopFrame: window === window.top, prefs: await prefs, send: post });
}

import { browser } from 'wxt/browser';

/**
 * Re-sends with growing pauses (50 ms … 1 s, about 5 s in all) while the worker restarts; a busy
 * machine can take seconds to start it again.
 */
const ATTEMPTS = 9;
const FIRST_PAUSE_MS = 50;
const MAX_PAUSE_MS = 1_000;

/** After an extension update or reload this context can never reach the background again. */
const isFinal = (error: unknown) => String(error).includes('Extension context invalidated');

/**
 * Sends a message to the background and resolves with its answer, re-sending when the service
 * worker was stopped while the message was in flight. That shows either as an error ("receiving
 * end does not exist") or — what Chromium does when the worker dies while a listener is still
 * working, and what webextension-polyfill makes of "message port closed" — as an answer of `undefined`.
 * Every Candor handler answers a defined value (null at least), so `undefined` means "not handled":
 * treating it as an acknowledgment loses the write (a site rule shown as saved but never stored).
 * Only for messages whose handling is idempotent: handled twice, they leave the same state.
 */
export async function deliver(message: unknown): Promise<unknown> {
  for (let attempt = 1; ; attempt++) {
    let failure: unknown;
    try {
      const answer: unknown = await browser.runtime.sendMessage(message);
      if (answer !== undefined) return answer;
      failure = new Error('the background stopped before answering');
    } catch (error) {
      if (isFinal(error)) throw error;
      failure = error;
    }
    if (attempt >= ATTEMPTS) throw failure;
    await new Promise((done) => setTimeout(done, Math.min(MAX_PAUSE_MS, FIRST_PAUSE_MS * 2 ** (attempt - 1))));
  }
}

import { browser } from 'wxt/browser';

/** Re-sends this often when the worker died before answering; Chrome restarts it on the next try. */
const ATTEMPTS = 5;
const FIRST_PAUSE_MS = 50;

/** After an extension update or reload this context can never reach the background again. */
const isFinal = (error: unknown) => String(error).includes('Extension context invalidated');

/**
 * Sends a message to the background and resolves with its answer, re-sending when the service
 * worker was stopped while the message was in flight ("message port closed", "receiving end does
 * not exist"). Only for messages whose handling is idempotent: every content message replaces a
 * section of the tab's report, so handling one twice gives the same report.
 */
export async function deliver(message: unknown): Promise<unknown> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await browser.runtime.sendMessage(message);
    } catch (error) {
      if (attempt >= ATTEMPTS || isFinal(error)) throw error;
      await new Promise((done) => setTimeout(done, FIRST_PAUSE_MS * 2 ** (attempt - 1)));
    }
  }
}

/**
 * A sender that delivers messages one after another, in the order they were sent: a re-sent
 * `page:start` must never land after the sections that followed it, or it would wipe them.
 */
export function createOrderedSender(send: (message: unknown) => Promise<unknown> = deliver) {
  let tail: Promise<unknown> = Promise.resolve();
  return (message: { type: string }): void => {
    tail = tail
      .then(() => send(message))
      .catch((error: unknown) => console.debug('[candor] message not delivered', message.type, error));
  };
}

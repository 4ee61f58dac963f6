import type { ContentToBackground } from '../messaging/messages';
import { deliver } from '../messaging/deliver';

// Content features that ask the background a question use the same reliable path.
export { deliver };

/**
 * Asks the background a question through `deliver` (a worker stopped mid-question is started
 * again); one still unanswered counts as no answer (null), never as an error in the page.
 */
export async function ask(message: ContentToBackground): Promise<unknown> {
  try {
    return await deliver(message);
  } catch (error) {
    console.debug('[candor] question not answered', message.type, error);
    return null;
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

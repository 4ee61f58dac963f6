import { deliver } from '../messaging/deliver';

// Content features that ask the background a question use the same reliable path.
export { deliver };

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

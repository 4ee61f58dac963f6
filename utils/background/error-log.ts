import type { ContentToBackground } from '../messaging/messages';
import { storeBounded } from '../storage/bounded';
import { ERROR_LOG_BOUNDS, errorLogItem, getErrorLog, pageOf, type ErrorLogEntry } from '../storage/error-log';
import type { createKeyedQueue } from './serialize';

/**
 * Keeps a content script's failure report in the bounded error log, newest first. The page is
 * taken from the sender (the browser's word), not from the message. Answers null: acknowledged.
 */
export async function recordContentError(
  message: Extract<ContentToBackground, { type: 'error:report' }>,
  senderUrl: string | undefined,
  enqueue: ReturnType<typeof createKeyedQueue>,
  now = new Date(),
): Promise<null> {
  const entry: ErrorLogEntry = {
    at: now.toISOString(),
    feature: message.feature,
    message: message.message,
    ...(message.stack ? { stack: message.stack } : {}),
    page: pageOf(senderUrl ?? ''),
  };
  await enqueue('errors', async () => {
    await storeBounded(errorLogItem, [entry, ...(await getErrorLog())], ERROR_LOG_BOUNDS);
  });
  return null;
}

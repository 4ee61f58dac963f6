import type * as z from 'zod/mini';
import { parseMessage } from '../messaging/messages';

/**
 * Checks an answer to a content script against its answer schema (messages.ts) before it is sent.
 * The always-on content script runs in every frame of every page and carries no zod: it trusts the
 * background's answers by their types, so the check happens here, once, where a failure is Candor's
 * own bug. A malformed answer is never sent: it is logged and replaced by `fallback`, the same safe
 * value the content script assumes when no answer comes at all.
 */
export async function answerWith<T>(
  type: string,
  schema: z.ZodMiniType<T>,
  answer: T | Promise<T>,
  fallback: NoInfer<T>,
): Promise<T> {
  const checked = parseMessage(schema, await answer);
  if (checked.ok) return checked.message;
  console.warn(`[candor] malformed ${type} answer not sent:`, checked.reason);
  return fallback;
}

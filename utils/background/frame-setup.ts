import type { Browser } from 'wxt/browser';
import { FrameSetupAnswerSchema, type FrameSetupAnswer, type FrameSetupRequest } from '../messaging/messages';
import { UNANSWERED_FRAME_SETUP } from '../messaging/values';
import { getPreferences } from '../storage/items';
import { answerWith } from './answer';
import { consentProbe } from './consent-probe';

/**
 * Answers a frame's `frame:setup`: the person's preferences, read through the same salvage as every
 * preferences read (a partly broken stored value keeps its valid parts), and what the frame's consent
 * prefilter looks for. The content script reads neither storage nor zod itself. The frame's URL and
 * whether it is a subframe come from the browser, not the message.
 */
export async function answerFrameSetup(
  sender: Pick<Browser.runtime.MessageSender, 'frameId' | 'url'>,
  message: FrameSetupRequest,
): Promise<FrameSetupAnswer> {
  const setup = { prefs: await getPreferences(), consent: consentProbe(sender.url ?? message.url, !sender.frameId) };
  return answerWith(message.type, FrameSetupAnswerSchema, setup, UNANSWERED_FRAME_SETUP);
}

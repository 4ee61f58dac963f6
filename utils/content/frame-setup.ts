import type { FrameSetupAnswer, FrameSetupRequest } from '../messaging/messages';
import { UNANSWERED_FRAME_SETUP } from '../messaging/values';
import { ask } from './deliver';
import { sharedSlot } from './shared-slot';

/**
 * What a frame's content script needs before it starts (`frame:setup`): the person's preferences
 * and what the consent prefilter looks for. The prehide script asks at document_start; the content
 * script takes the answer at DOMContentLoaded. A stopped service worker (the usual case once the
 * browser has been idle 30 s) takes up to about a second to start and answer on a busy machine;
 * asked this early, it starts while the page is still parsing. The answer waits in the isolated
 * world both scripts share, out of the page's reach.
 *
 * The background checked the answer against its schema before sending it (background/answer.ts),
 * so it is used by its type, without zod in every frame of every page. Only its absence is handled:
 * a worker that never answered (or an invalidated extension) leaves the safe defaults.
 */
const slot = sharedSlot('frame-setup', () => ({
  /** Asked at document_start, not taken yet. */
  early: undefined as Promise<unknown> | undefined,
  /** The setup of the content script started last in this frame. */
  current: undefined as Promise<FrameSetupAnswer> | undefined,
}));

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

const askSetup = () => ask({ type: 'frame:setup', url: location.href } satisfies FrameSetupRequest);

/** Document_start side: asks now, in documents the content script will read. */
export function askFrameSetupEarly(): void {
  if (HTML_TYPES.has(document.contentType)) slot.early = askSetup();
}

/**
 * Called once per content-script start: takes the answer asked at document_start (once; a later
 * start in the same document, after an extension update, asks again) or asks now.
 */
export function startFrameSetup(): Promise<FrameSetupAnswer> {
  const answer = slot.early ?? askSetup();
  slot.early = undefined;
  slot.current = answer.then((value) => (value && typeof value === 'object' ? (value as FrameSetupAnswer) : UNANSWERED_FRAME_SETUP));
  return slot.current;
}

/** The setup of this frame's content script, for the features that need part of it (the consent probe). */
export function frameSetup(): Promise<FrameSetupAnswer> {
  return slot.current ?? startFrameSetup();
}

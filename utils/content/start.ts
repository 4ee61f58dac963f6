import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentToBackground } from '../messaging/messages';
import type { ContentEnv } from './env';
import { contentFeatures } from './features';
import { createOrderedSender } from './deliver';
import { startFrameSetup } from './frame-setup';
import { reportFailuresTo, safely } from './safely';

const SCANNED_CONTENT_TYPES = new Set(['text/html', 'application/xhtml+xml']);

// In order and re-sent when the worker is stopped mid-message, so no report section is lost.
const send: (message: ContentToBackground) => void = createOrderedSender();

/**
 * Wires the pure detectors to the page: takes the preferences from the frame's setup (answered by
 * the background, already validated there: no storage or zod here), then starts every feature.
 */
export async function startContent(ctx: ContentScriptContext): Promise<void> {
  // Only HTML documents are pages to read: not an image, a text file or a PDF's viewer document.
  if (!SCANNED_CONTENT_TYPES.has(document.contentType)) return;
  // Failures caught by `safely` reach the background's error log, in order with the rest.
  reportFailuresTo((failure) => send({ type: 'error:report', ...failure }));
  const isTopFrame = window === window.top;
  if (isTopFrame) send({ type: 'page:start', url: location.href, title: document.title });
  const { prefs } = await startFrameSetup();
  const env: ContentEnv = { ctx, doc: document, isTopFrame, prefs, send };
  for (const feature of contentFeatures) {
    if (!isTopFrame && !feature.allFrames) continue;
    safely(feature.name, () => feature.start(env));
  }
}

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentToBackground } from '../messaging/messages';
import { getPreferences } from '../storage/items';
import type { ContentEnv } from './env';
import { contentFeatures } from './features';
import { safely } from './safely';

function send(message: ContentToBackground): void {
  // The worker may be restarting; a lost message is resent by the next scan, so just log it.
  browser.runtime.sendMessage(message).catch((error: unknown) => {
    console.debug('[candor] message not delivered', message.type, error);
  });
}

/** Wires the pure detectors to the page: reads preferences once, then starts every feature. */
export async function startContent(ctx: ContentScriptContext): Promise<void> {
  const isTopFrame = window === window.top;
  if (isTopFrame) send({ type: 'page:start', url: location.href, title: document.title });
  const env: ContentEnv = { ctx, doc: document, isTopFrame, prefs: await getPreferences(), send };
  for (const feature of contentFeatures) {
    if (!isTopFrame && !feature.allFrames) continue;
    safely(feature.name, () => feature.start(env));
  }
}

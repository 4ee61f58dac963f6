import { browser, type Browser } from 'wxt/browser';
import type { ContentModuleName } from '../content/module-names';
import { senderTarget } from './sender-target';

/**
 * Injects a content module's script (built from entrypoints/<name>.ts) into the asking document's
 * isolated world, where it registers itself for the always-on content script (content/modules.ts).
 * Answers true once it ran, false when the document is gone or refuses scripts.
 */
export async function injectContentModule(sender: Browser.runtime.MessageSender, name: ContentModuleName): Promise<boolean> {
  const target = senderTarget(sender);
  if (!target) return false;
  try {
    // Not held until the document is idle: the consent engine is asked for while a banner shows.
    await browser.scripting.executeScript({ target, files: [`/${name}.js`], injectImmediately: true });
    return true;
  } catch (error) {
    console.debug('[candor] content module not injected', name, error);
    return false;
  }
}

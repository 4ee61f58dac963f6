import { evalSnippets, filterCompactRules, type RuleBundle } from '@duckduckgo/autoconsent';
import compactRules from '@duckduckgo/autoconsent/rules/compact-rules.json';
import { browser, type Browser } from 'wxt/browser';
import type { ContentRequest } from '../messaging/messages';
import { isPlatformApi } from '../consent/platforms/adapters';
import { registrableDomain } from '../consent/registrable-domain';
import { platformMainWorld } from '../consent/platforms/main-world';
import { consentProbe, type ConsentProbe } from './consent-probe';
import { senderTarget } from './sender-target';

type CompactRules = Parameters<typeof filterCompactRules>[0];

/** What a main-world call answers: its value, or that it could not run (frame gone, page threw). */
export type MainWorldAnswer = { ok: true; value: unknown } | { ok: false };

/**
 * Answers the consent engine's requests from content scripts (see messages.ts): autoconsent's
 * rules for the sender's URL and frame, as its own background does, and named main-world calls in
 * exactly the sender's frame. The sender's URL and frame come from the browser, not the message.
 */
export async function answerConsentRequest(
  sender: Browser.runtime.MessageSender,
  message: ContentRequest,
): Promise<RuleBundle | MainWorldAnswer | ConsentProbe | string | null> {
  if (message.type === 'site:registrable') return registrableDomain(message.host);
  const target = senderTarget(sender);
  if (!target) return null;
  switch (message.type) {
    case 'consent:probe':
      return consentProbe(sender.url ?? message.url, !sender.frameId);
    case 'autoconsent:init':
      return {
        autoconsent: [],
        compact: filterCompactRules(compactRules as CompactRules, { url: sender.url ?? message.url, mainFrame: !sender.frameId }),
      };
    case 'consent:main-world': {
      const { call } = message;
      if (call.kind === 'snippet') {
        const snippet = (evalSnippets as Record<string, () => unknown>)[call.id];
        if (!snippet) return { ok: false };
        return runInMainWorld(target, snippet, []);
      }
      if (!isPlatformApi(call.platform)) return { ok: false };
      return runInMainWorld(target, platformMainWorld, [call.platform, call.op, call.grant]);
    }
  }
}

async function runInMainWorld<A extends unknown[]>(
  target: Browser.scripting.InjectionTarget,
  func: (...args: A) => unknown,
  args: A,
): Promise<MainWorldAnswer> {
  try {
    const [first] = await browser.scripting.executeScript({
      target,
      world: 'MAIN',
      // By default Chromium holds an injection until the document is idle (about its load event);
      // the engine asks from DOMContentLoaded, while the banner is already on screen.
      injectImmediately: true,
      func,
      args,
    });
    // A snippet that throws in the page yields no result: autoconsent treats that as false.
    return { ok: true, value: first?.result ?? null };
  } catch (error) {
    console.debug('[candor] main-world call failed', error);
    return { ok: false };
  }
}

import { evalSnippets, filterCompactRules, type RuleBundle } from '@duckduckgo/autoconsent';
import compactRules from '@duckduckgo/autoconsent/rules/compact-rules.json';
import { browser, type Browser } from 'wxt/browser';
import {
  AutoconsentRulesAnswerSchema,
  MainWorldAnswerSchema,
  RegistrableDomainAnswerSchema,
  type ContentRequest,
} from '../messaging/messages';
import { isPlatformApi } from '../consent/platforms/adapters';
import { registrableDomain } from '../consent/registrable-domain';
import { platformMainWorld } from '../consent/platforms/main-world';
import { answerWith } from './answer';
import { senderTarget } from './sender-target';

type CompactRules = Parameters<typeof filterCompactRules>[0];

/** What a main-world call answers: its value, or that it could not run (frame gone, page threw). */
export type MainWorldAnswer = { ok: true; value: unknown } | { ok: false };

/**
 * Answers the consent engine's requests from content scripts (see messages.ts): autoconsent's
 * rules for the sender's URL and frame, as its own background does, and named main-world calls in
 * exactly the sender's frame. The sender's URL and frame come from the browser, not the message.
 * Each answer is checked against its answer schema before it is sent (answer.ts).
 */
export async function answerConsentRequest(
  sender: Browser.runtime.MessageSender,
  message: ContentRequest,
): Promise<RuleBundle | MainWorldAnswer | string | null> {
  if (message.type === 'site:registrable') {
    return answerWith(message.type, RegistrableDomainAnswerSchema, registrableDomain(message.host), null);
  }
  const target = senderTarget(sender);
  if (!target) return null;
  switch (message.type) {
    case 'autoconsent:init': {
      const rules: RuleBundle = {
        autoconsent: [],
        compact: filterCompactRules(compactRules as CompactRules, { url: sender.url ?? message.url, mainFrame: !sender.frameId }),
      };
      // The bundle's type is autoconsent's; the schema checks the shape the engine reads.
      return answerWith(message.type, AutoconsentRulesAnswerSchema, rules, { autoconsent: [] }) as Promise<RuleBundle>;
    }
    case 'consent:main-world':
      return answerWith(message.type, MainWorldAnswerSchema, runMainWorldCall(target, message.call), { ok: false });
  }
}

function runMainWorldCall(
  target: Browser.scripting.InjectionTarget,
  call: Extract<ContentRequest, { type: 'consent:main-world' }>['call'],
): Promise<MainWorldAnswer> {
  if (call.kind === 'snippet') {
    const snippet = (evalSnippets as Record<string, () => unknown>)[call.id];
    return snippet ? runInMainWorld(target, snippet, []) : Promise.resolve({ ok: false });
  }
  if (!isPlatformApi(call.platform)) return Promise.resolve({ ok: false });
  return runInMainWorld(target, platformMainWorld, [call.platform, call.op, call.grant]);
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

import type { ContentEnv, ContentFeature } from '../content/env';
import { frameSetup } from '../content/frame-setup';
import { loadModule } from '../content/modules';
import type { ConsentResult } from '../report/schema';
import { unhide } from './platforms/prehide';
import { askRegistrableDomain } from './site-client';
import { watchForConsentSignal } from './signal';
import { consentPlanFor, siteRuleFor, topHostname } from './site-rule';

/** How long each frame watches for a late banner. */
const WATCH_MS = 12_000;
/** An engine started for a late banner still watches this long (the banner may take a moment to settle). */
const MIN_ENGINE_WATCH_MS = 4_000;

async function startConsent(env: ContentEnv): Promise<void> {
  const win = env.doc.defaultView ?? window;
  const rule = await siteRuleFor(env.prefs, topHostname(win, env.isTopFrame), askRegistrableDomain);
  const plan = consentPlanFor(env.prefs, rule, WATCH_MS);
  if (plan.mode === 'leave-alone') {
    unhide(env.doc); // Known banners were prehidden at document_start: show them to the person now.
    // Said once, by the top frame, so the popup can show that the site rule was applied.
    if (env.isTopFrame) {
      const consent: ConsentResult = { cmp: null, method: 'site-rule:leave-alone', outcome: 'none', verified: false, ms: null };
      env.send({ type: 'consent:result', consent });
    }
    return;
  }
  // Every frame of every page runs this far; the engine (autoconsent, adapters, heuristic clicks)
  // is injected only where a known platform's container or a shown consent dialog appears.
  const started = Date.now();
  // What the prefilter looks for came with the preferences (frame-setup.ts); unanswered: home-made
  // dialogs only, as known platforms' banners are dialogs too, just found later.
  const probe = (await frameSetup()).consent;
  const seen = probe.frameCmp || (await watchForConsentSignal(env.ctx, env.doc, probe.selectors, WATCH_MS));
  if (!seen || env.ctx.isInvalid) return;
  const engine = await loadModule('consent-engine');
  await engine.run(env, { ...plan, watchMs: Math.max(MIN_ENGINE_WATCH_MS, WATCH_MS - (Date.now() - started)) });
}

/** Cookie banners answered by the person's preferences, in every frame (frame CMPs, about: frames). */
export const consentFeature: ContentFeature = { name: 'consent', allFrames: true, start: startConsent };

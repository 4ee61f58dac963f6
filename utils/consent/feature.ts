import type { ContentEnv, ContentFeature } from '../content/env';
import type { ConsentResult } from '../report/schema';
import { createHeuristicLayer } from './heuristic/layer';
import { PLATFORM_GRACE_MS, type ConsentLayer, type ConsentPlan } from './layer';
import { platformLayer } from './platforms';
import { unhide } from './platforms/prehide';
import { askRegistrableDomain } from './platforms/background-client';
import { consentPlanFor, siteRuleFor, topHostname } from './site-rule';

/** Known-platform layers (6B): autoconsent's catalogue and the per-category platform adapters. */
const PLATFORM_LAYERS: readonly ConsentLayer[] = [platformLayer];

/** How long each frame watches for a late banner. */
const WATCH_MS = 12_000;

/**
 * Runs the known-platform layers and the home-made heuristic side by side and returns the first
 * definitive result. The heuristic holds its clicks until the platform layers have had
 * PLATFORM_GRACE_MS, all resolved, or all looked at the page after it saw its dialog and found no
 * platform (`clear`); a platform layer's claim aborts it, so the two never answer the same banner;
 * the winner's result aborts every other layer.
 */
export function runLayers(
  env: ContentEnv,
  plan: ConsentPlan,
  platformLayers: readonly ConsentLayer[],
): Promise<ConsentResult | null> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const grace = setTimeout(release, platformLayers.length ? PLATFORM_GRACE_MS : 0);
  // Per platform layer: when its latest look that recognised no platform began.
  const clearSince = platformLayers.map(() => -Infinity);
  const clearWaiters = new Set<{ seenAt: number; go: () => void }>();
  const onClear = () => {
    for (const waiter of clearWaiters) if (Math.min(...clearSince) >= waiter.seenAt) waiter.go();
  };
  const mayAct = (seenAt: number) =>
    new Promise<void>((go) => {
      void released.then(go);
      clearWaiters.add({ seenAt, go });
      onClear();
    });
  const layers = [...platformLayers, createHeuristicLayer(mayAct)];
  const controllers = layers.map(() => new AbortController());
  const abortAllBut = (keep: number) => controllers.forEach((c, i) => i !== keep && c.abort());
  env.ctx.onInvalidated(() => abortAllBut(-1));
  let platformsLeft = platformLayers.length;
  let layersLeft = layers.length;
  let settled = false;

  return new Promise((resolve) => {
    layers.forEach((layer, index) => {
      const control = {
        signal: controllers[index]!.signal,
        claim(cmp: string) {
          console.debug(`[candor] consent: ${layer.name} claims ${cmp}`);
          abortAllBut(index);
          release();
        },
        clear(since: number) {
          if (index >= platformLayers.length) return;
          clearSince[index] = Math.max(clearSince[index]!, since);
          onClear();
        },
      };
      layer
        .start(env, plan, control)
        .catch((error: unknown) => {
          console.warn(`[candor] consent layer ${layer.name} failed:`, error);
          return null;
        })
        .then((result) => {
          if (index < platformLayers.length && --platformsLeft === 0) release();
          if (result && !settled) {
            settled = true;
            abortAllBut(index);
            clearTimeout(grace);
            resolve({ ...result, layer: result.layer ?? layer.name });
          }
          if (--layersLeft === 0 && !settled) {
            clearTimeout(grace);
            resolve(null);
          }
        });
    });
  });
}

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
  const consent = await runLayers(env, plan, PLATFORM_LAYERS);
  if (consent) env.send({ type: 'consent:result', consent });
}

/** Cookie banners answered by the person's preferences, in every frame (frame CMPs, about: frames). */
export const consentFeature: ContentFeature = { name: 'consent', allFrames: true, start: startConsent };

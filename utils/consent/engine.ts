import type { ContentEnv } from '../content/env';
import type { ConsentResult } from '../report/schema';
import { createHeuristicLayer } from './heuristic/layer';
import { PLATFORM_GRACE_MS, type ConsentLayer, type ConsentPlan } from './layer';
import { platformLayer } from './platforms';

/** Known-platform layers (6B): autoconsent's catalogue and the per-category platform adapters. */
const PLATFORM_LAYERS: readonly ConsentLayer[] = [platformLayer];

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

/** The consent engine, injected into a frame only when its prefilter saw a banner (feature.ts). */
export interface ConsentEngineModule {
  /** Answers the frame's banner by `plan` and reports the result. */
  run(env: ContentEnv, plan: ConsentPlan): Promise<void>;
}

export const consentEngine: ConsentEngineModule = {
  async run(env, plan) {
    const consent = await runLayers(env, plan, PLATFORM_LAYERS);
    if (consent) env.send({ type: 'consent:result', consent });
  },
};

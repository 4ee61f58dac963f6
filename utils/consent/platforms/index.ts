import type { ContentEnv } from '../../content/env';
import type { ConsentResult } from '../../report/schema';
import type { ConsentLayer, ConsentPlan, LayerControl } from '../layer';
import { PLATFORM_ADAPTERS, adapterForAutoconsent, apiOf, type PlatformAdapter } from './adapters';
import { AutoconsentDriver } from './autoconsent-driver';
import { fetchAutoconsentRules, platformApi, type PlatformApi } from './background-client';
import { itemsToGrant, verifyState, type PlatformState } from './categories';
import { unhide } from './prehide';

/** Attempts at recording a choice before reporting 'failed' (a banner that ignores early calls). */
const MAX_ATTEMPTS = 3;
/** How long a recorded choice may take to show in the platform's stored state. */
const VERIFY_MS = 2500;
/** How long the top frame waits for a frame CMP (Sourcepoint) to be answered inside its iframe. */
const FRAME_ANSWER_MS = 8000;
const POLL_MS = 100;

/** A banner one of the two sources saw first: autoconsent's catalogue or an adapter's selector. */
type Sighting =
  | { via: 'autoconsent'; cmp: string; adapter?: PlatformAdapter; at: number }
  | { via: 'adapter'; adapter: PlatformAdapter; at: number };

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function isVisible(element: Element): boolean {
  const html = element as HTMLElement;
  if (html.offsetParent !== null) return true;
  const style = getComputedStyle(html);
  return style.position === 'fixed' && style.display !== 'none';
}

/** The first adapter whose banner is visible in `doc` (cheap: selectors only, no page globals). */
export function visibleAdapter(doc: Document, adapters = PLATFORM_ADAPTERS): PlatformAdapter | undefined {
  return adapters.find((adapter) =>
    adapter.banner.some((selector) => [...doc.querySelectorAll(selector)].some(isVisible)),
  );
}

/** Polls `probe` until it yields a value, the time is up or the signal aborts. */
async function pollFor<T>(probe: () => Promise<T | null | undefined>, ms: number, signal: AbortSignal): Promise<T | null> {
  const end = Date.now() + ms;
  while (!signal.aborted) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() >= end) break;
    await sleep(POLL_MS);
  }
  return null;
}

function outcomeOf(plan: ConsentPlan, grant: readonly string[]): ConsentResult['outcome'] {
  if (plan.mode === 'allow-all') return 'accepted';
  return grant.length === 0 ? 'rejected' : 'custom';
}

/**
 * Waits for whichever source sees a banner first. autoconsent knows ~800 platforms; the adapter
 * selectors catch the libraries autoconsent has no rule for and frame CMPs seen from the top.
 */
async function firstSighting(
  env: ContentEnv,
  plan: ConsentPlan,
  signal: AbortSignal,
  driverReady: Promise<AutoconsentDriver | null>,
): Promise<Sighting | null> {
  const stop = new AbortController();
  const abort = () => stop.abort();
  signal.addEventListener('abort', abort, { once: true });
  const timer = setTimeout(abort, plan.watchMs);
  const fromAutoconsent = driverReady.then((driver) =>
    driver
      ? driver.popup.then((popup): Sighting => {
          const adapter = adapterForAutoconsent(popup.cmp);
          // A library Candor answers itself can match another platform's rule (Osano's cookieconsent
          // matches "Complianz optin"): when its own adapter sees its banner, that adapter knows it exactly.
          const own = !adapter && env.isTopFrame ? visibleAdapter(env.doc) : undefined;
          return own ? { via: 'adapter', adapter: own, at: popup.at } : { via: 'autoconsent', cmp: popup.cmp, adapter, at: popup.at };
        })
      : new Promise<never>(() => {}),
  );
  // Selectors only, no background round trip, so a visible banner is claimed at once (the heuristic
  // waits just PLATFORM_GRACE_MS for a claim); read-only adapters' banners (Quantcast) are then
  // answered by autoconsent's rule once its detection catches up.
  const fromAdapters = env.isTopFrame
    ? pollFor(async () => {
        const adapter = visibleAdapter(env.doc);
        return adapter ? ({ via: 'adapter', adapter, at: Date.now() } satisfies Sighting) : null;
      }, plan.watchMs, stop.signal)
    : // A subframe only hosts frame CMPs: once autoconsent found none there, the layer is done.
      driverReady.then((driver) => driver?.nothingFound.then(() => null) ?? null);
  const ended = new Promise<null>((done) => stop.signal.addEventListener('abort', () => done(null), { once: true }));
  try {
    return await Promise.race([fromAutoconsent, fromAdapters, ended]);
  } finally {
    clearTimeout(timer);
    stop.abort();
    signal.removeEventListener('abort', abort);
  }
}

/** Reads the platform's stored state until it shows the intended choice (or the time is up). */
async function readBack(api: PlatformApi, name: string, grant: readonly string[], signal: AbortSignal) {
  let last: PlatformState | null = null;
  const verified = await pollFor(async () => {
    last = await api.read(name);
    return verifyState(last, grant).verified ? true : null;
  }, VERIFY_MS, signal);
  return { ...verifyState(last, grant), verified: verified === true };
}

/** Per-category answer through the platform's own API: exactly the allowed items, then read back. */
async function answerByApi(adapter: PlatformAdapter, plan: ConsentPlan, at: number, api: PlatformApi, signal: AbortSignal) {
  const name = apiOf(adapter);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS && !signal.aborted; attempt++) {
    const state = await api.read(name);
    if (!state) return null;
    const optional = state.items.filter((item) => !item.required).map((item) => item.id);
    const grant = plan.mode === 'allow-all' ? optional : itemsToGrant(state.items, plan.allowed);
    const after = await api.apply(name, grant);
    if (!after) return null;
    const check = verifyState(after, grant).verified ? { ...verifyState(after, grant) } : await readBack(api, name, grant, signal);
    if (check.verified) {
      return result(adapter.cmp, 'platform-api', outcomeOf(plan, grant), true, at, check.granted);
    }
    await sleep(300 * attempt);
  }
  return result(adapter.cmp, 'platform-api', 'failed', false, at, []);
}

/** Reject-all (or accept-all) through autoconsent's rule; verified by stored state where readable. */
async function answerByAutoconsent(
  driver: AutoconsentDriver,
  sighting: Extract<Sighting, { via: 'autoconsent' }>,
  plan: ConsentPlan,
  env: ContentEnv,
  api: PlatformApi,
  signal: AbortSignal,
) {
  const cmp = sighting.adapter?.cmp ?? sighting.cmp;
  // A platform that cannot express the chosen categories is rejected: never more than allowed.
  const acted = plan.mode === 'allow-all' ? await driver.optIn() : await driver.optOut();
  const outcome = driver.isCosmetic ? 'hidden' : plan.mode === 'allow-all' ? 'accepted' : 'rejected';
  if (!acted) return result(cmp, 'autoconsent', 'failed', false, sighting.at, []);
  if (sighting.adapter && env.isTopFrame) {
    const api_ = apiOf(sighting.adapter);
    const state = await api.read(api_);
    const grant = plan.mode === 'allow-all' ? (state?.items.map((i) => i.id) ?? []) : [];
    const check = await readBack(api, api_, grant, signal);
    return result(cmp, 'autoconsent', outcome, check.verified, sighting.at, check.granted);
  }
  const verified = !driver.isCosmetic && driver.hasSelfTest ? await driver.selfTest() : false;
  return result(cmp, 'autoconsent', outcome, verified, sighting.at, plan.mode === 'allow-all' ? undefined : []);
}

/** A frame CMP seen from the top (Sourcepoint): the frame answers; the top verifies via __tcfapi. */
async function awaitFrameAnswer(adapter: PlatformAdapter, plan: ConsentPlan, at: number, api: PlatformApi, signal: AbortSignal) {
  const check = await pollFor(async () => {
    const state = await api.read(apiOf(adapter));
    const verdict = verifyState(state, []);
    return state?.decided ? verdict : null;
  }, FRAME_ANSWER_MS, signal);
  if (!check) return result(adapter.cmp, 'autoconsent-frame', 'failed', false, at, []);
  const outcome = check.granted.length === 0 ? 'rejected' : plan.mode === 'allow-all' ? 'accepted' : 'custom';
  return result(adapter.cmp, 'autoconsent-frame', outcome, check.verified, at, check.granted);
}

function result(
  cmp: string,
  method: string,
  outcome: ConsentResult['outcome'],
  verified: boolean,
  at: number,
  categories: ConsentResult['categories'],
): ConsentResult {
  return { cmp, method, outcome, verified, ms: Math.max(0, Date.now() - at), categories, layer: 'platform' };
}

export async function runPlatformLayer(
  env: ContentEnv,
  plan: ConsentPlan,
  control: LayerControl,
  api: PlatformApi = platformApi,
): Promise<ConsentResult | null> {
  const { signal } = control;
  try {
    if (plan.mode === 'leave-alone' || signal.aborted) return null;
    // A known banner already on screen is claimed synchronously, before the heuristic's grace
    // timer can run out behind other features' start-up work.
    const onScreen = env.isTopFrame ? visibleAdapter(env.doc) : undefined;
    if (onScreen) control.claim(onScreen.cmp);
    const driverReady = fetchAutoconsentRules(location.href).then((rules) => (rules ? new AutoconsentDriver(rules) : null));
    // A look at the page that recognised nothing lets the heuristic answer a home-made dialog it
    // saw before that look, instead of waiting out the grace time (adapters' banners count too).
    void driverReady.then((d) => d?.onEmptyPass((since) => visibleAdapter(env.doc) || control.clear(since)));
    // Nothing known on the page: show whatever was prehidden now rather than at the timeout.
    void driverReady.then((d) => d?.nothingFound.then(() => visibleAdapter(env.doc) || unhide(env.doc)));
    const sighting = await firstSighting(env, plan, signal, driverReady);
    if (!sighting || signal.aborted) return null;
    const driver = await driverReady;
    const adapter = sighting.adapter;
    if (adapter !== onScreen) control.claim(adapter?.cmp ?? (sighting.via === 'autoconsent' ? sighting.cmp : 'unknown'));
    if (adapter?.frame && env.isTopFrame) return await awaitFrameAnswer(adapter, plan, sighting.at, api, signal);
    // No separate detect: a platform whose API is absent has no readable state, or fails to apply.
    if (adapter?.writes) {
      const viaApi = await answerByApi(adapter, plan, sighting.at, api, signal);
      if (viaApi) return viaApi;
    }
    if (sighting.via === 'autoconsent' && driver) {
      const answered = await answerByAutoconsent(driver, sighting, plan, env, api, signal);
      // Inside a frame CMP the top frame verifies and reports (awaitFrameAnswer); an unverified
      // result from here could arrive later and overwrite it.
      return !env.isTopFrame && adapter?.frame && answered.outcome !== 'failed' ? null : answered;
    }
    // Seen by selector but its API is not reachable (e.g. a bundled library without globals):
    // autoconsent's rule for it may still find the popup and reject through the UI.
    const late = driver ? await Promise.race([driver.popup, sleep(5000).then(() => null)]) : null;
    if (late && driver && !signal.aborted) {
      const viaRule = { via: 'autoconsent' as const, cmp: late.cmp, adapter: adapterForAutoconsent(late.cmp), at: sighting.at };
      return await answerByAutoconsent(driver, viaRule, plan, env, api, signal);
    }
    return result(adapter?.cmp ?? 'unknown', 'platform-api', 'failed', false, sighting.at, []);
  } finally {
    unhide(env.doc);
  }
}

/** Layer 1–2 of the consent engine: known consent platforms, per category where they allow it. */
export const platformLayer: ConsentLayer = { name: 'platform', start: runPlatformLayer };

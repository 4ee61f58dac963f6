import { browser, type Browser } from 'wxt/browser';
import type { ContentEnv } from '../content/env';
import { parseMessage, UiToContentSchema } from '../messaging/messages';
import { preferencesItem } from '../storage/items';
import { DEFAULT_PREFERENCES, PreferencesSchema, type Preferences } from '../storage/preferences';
import { BadgeLayer } from './badges/layer';
import { scanDisclosures, type DisclosureHit } from './detect';
import { IdleScanner } from './idle-scanner';
import { AI_PHRASES } from './phrases';
import { ProvenanceBadges } from '../provenance/badge';

/** The AI-label detector and badges, injected only into pages whose prefilter saw a trigger (feature.ts). */
export interface AiLabelsModule {
  start(env: ContentEnv): void;
  /** The provenance feature's metadata badges: same badge layer, so not in the always-on script either. */
  provenanceBadges(doc: Document, minImagePx: number): ProvenanceBadges;
}

/**
 * Publisher AI disclosures on the page: scans at idle time, keeps scanning what the page adds or
 * re-renders, reports the full current list (`ai:found`) whenever it changes, draws badges, and
 * answers "show on page" (`ai:reveal`) from the popup.
 */
export const aiLabelsModule: AiLabelsModule = {
  start: (env) => startAiLabels(env),
  provenanceBadges: (doc, minImagePx) => new ProvenanceBadges(doc, minImagePx),
};

/** The background may receive our list before the article feature's `page:start` after an SPA navigation. */
const RESEND_AFTER_NAVIGATION_MS = 1500;
const REPOSITION_INTERVAL_MS = 1000;

function badgesAllowed(prefs: Preferences, host: string): boolean {
  const { enabled, disabledSites } = prefs.badges;
  return enabled && !disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

function startAiLabels(env: ContentEnv): void {
  const { ctx, doc } = env;
  const view = doc.defaultView ?? window;
  let hits = new Map<string, DisclosureHit>();
  let prefs = env.prefs;
  let layer: BadgeLayer | null = null;
  let lastSent: string | null = null;

  const ordered = () =>
    [...hits.values()].sort((a, b) => {
      const ea = a.elements[0];
      const eb = b.elements[0];
      if (!ea || !eb) return ea ? -1 : eb ? 1 : 0;
      return ea === eb ? 0 : ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });

  const publish = (force = false) => {
    const findings = ordered().map((hit) => hit.finding);
    const serialized = JSON.stringify(findings);
    if (!force && serialized === lastSent) return;
    lastSent = serialized;
    env.send({ type: 'ai:found', findings });
  };

  const render = () => {
    const shown = ordered().filter((hit) => hit.elements.length);
    // A page without labelled items gets no layer at all: no element, no observer, no measuring.
    if (!shown.length || !badgesAllowed(prefs, view.location.hostname)) {
      layer?.destroy();
      layer = null;
      return;
    }
    layer ??= new BadgeLayer(doc, { minImagePx: prefs.badges.minImagePx });
    layer.setOptions({ minImagePx: prefs.badges.minImagePx });
    layer.update(shown);
  };

  const scanner = new IdleScanner(ctx, doc, (node) => !!layer && (node === layer.element || layer.element.contains(node)), {
    full() {
      hits = new Map(scanDisclosures(doc, AI_PHRASES).map((hit) => [hit.finding.id, hit]));
    },
    partial(root) {
      for (const hit of scanDisclosures(root, AI_PHRASES)) {
        const known = hits.get(hit.finding.id);
        if (!known) hits.set(hit.finding.id, hit);
        else known.elements = [...new Set([...hit.elements, ...known.elements])];
      }
    },
    settle() {
      // Items whose elements all left the page (re-rendered away, virtualised lists) are no longer on it.
      for (const [id, hit] of hits) {
        if (!hit.elements.length) continue;
        hit.elements = hit.elements.filter((el) => el.isConnected);
        if (!hit.elements.length) hits.delete(id);
      }
      publish(lastSent === null);
      render();
    },
  }, () => layer?.schedule());

  ctx.addEventListener(view, 'wxt:locationchange', () => {
    hits = new Map();
    scanner.rescanAll();
    ctx.setTimeout(() => publish(true), RESEND_AFTER_NAVIGATION_MS);
  });

  // Badges follow their targets: window resizes, inner scrollers (carousels), CSS transitions.
  const reposition = () => layer?.schedule();
  ctx.addEventListener(view, 'resize', reposition, { passive: true });
  ctx.addEventListener(doc, 'scroll', (event: Event) => event.target !== doc && reposition(), { capture: true, passive: true });
  ctx.addEventListener(doc, 'transitionend', reposition, { capture: true, passive: true });
  ctx.addEventListener(doc, 'animationend', reposition, { capture: true, passive: true });
  ctx.addEventListener(doc, 'load', reposition, { capture: true, passive: true });
  ctx.setInterval(() => doc.visibilityState === 'visible' && reposition(), REPOSITION_INTERVAL_MS);

  const unwatch = preferencesItem.watch((value) => {
    const parsed = PreferencesSchema.safeParse(value);
    prefs = parsed.success ? parsed.data : DEFAULT_PREFERENCES;
    render();
  });

  // Answered with sendResponse, which every browser's own API takes (content modules have no polyfill).
  const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer: boolean) => void): undefined => {
    if (sender.id !== browser.runtime.id) return;
    if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'ai:reveal') return;
    const parsed = parseMessage(UiToContentSchema, raw);
    if (!parsed.ok) {
      console.warn('[candor] dropped malformed ai:reveal:', parsed.reason);
      return;
    }
    const { id } = parsed.message;
    // Not ours (e.g. a `metadata:` finding of the provenance feature): stay silent so its listener answers.
    if (!hits.has(id)) return;
    if (layer?.reveal(id)) {
      sendResponse(true);
      return;
    }
    // Badges off: still bring the item into view.
    const target = hits.get(id)?.elements.find((el) => el.isConnected);
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    sendResponse(!!target);
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
    layer?.destroy();
    layer = null;
  });
}

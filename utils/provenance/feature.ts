import { browser, type Browser } from 'wxt/browser';
import { deliver } from '../content/deliver';
import type { ContentEnv, ContentFeature } from '../content/env';
import type { ContentToBackground, UiToContent } from '../messaging/messages';
import type { ProvenanceRecord } from '../report/schema';
import type { ProvenanceBadges } from './badge';
import { loadModule } from '../content/modules';

/**
 * Asks the background to read the provenance metadata of the images this page shows. It does not
 * scan the DOM for images (the AI-label detector does that): the browser's Resource Timing already
 * lists every image the page loaded, lazy ones included, with its encoded size, which lets the
 * background answer a cached image without touching the network. WASM and parsers stay in the
 * background; this side only batches URLs and draws the answer.
 */
const BATCH_MS = 400;

/** The page's images by the URL they show: one pass over `document.images` per batch, not one per URL. */
function imagesBySource(doc: Document): Map<string, HTMLImageElement[]> {
  const bySource = new Map<string, HTMLImageElement[]>();
  for (const img of doc.images) {
    const src = img.currentSrc || img.src;
    const list = bySource.get(src);
    if (list) list.push(img);
    else bySource.set(src, [img]);
  }
  return bySource;
}

/**
 * The rendered boxes of `images` (icons and thumbnails are not worth a metadata check), from an
 * IntersectionObserver: the browser reports them with its next rendering update, so reading them
 * never forces a layout of a page that is still loading, as getBoundingClientRect did (about
 * 1–2 ms a page in bench:page). In a tab that is not shown they come when it is.
 */
function renderedBoxes(images: HTMLImageElement[]): Promise<Map<Element, DOMRectReadOnly>> {
  const boxes = new Map<Element, DOMRectReadOnly>();
  const targets = new Set(images);
  if (!targets.size) return Promise.resolve(boxes);
  return new Promise((done) => {
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) boxes.set(entry.target, entry.boundingClientRect);
      if (boxes.size < targets.size) return;
      observer.disconnect();
      done(boxes);
    });
    for (const img of targets) observer.observe(img);
  });
}

function badgesAllowed(env: ContentEnv): boolean {
  const { enabled, disabledSites } = env.prefs.badges;
  const host = env.doc.location?.hostname ?? '';
  return enabled && !disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

export const provenanceFeature: ContentFeature = {
  name: 'provenance',
  allFrames: false,
  start(env) {
    const { enabled, minImagePx } = env.prefs.provenance;
    if (!enabled || typeof PerformanceObserver === 'undefined' || typeof IntersectionObserver === 'undefined') return;
    // Drawn by the AI-label module's badge layer, injected at the first record to draw: most pages have none.
    let badges: ProvenanceBadges | null = null;
    let loading: Promise<ProvenanceBadges> | undefined;
    const badgeLayer = () =>
      (loading ??= loadModule('ai-labels').then((module) => (badges = module.provenanceBadges(env.doc, minImagePx))));
    const pending = new Map<string, number>();
    const asked = new Set<string>();
    let timer: number | undefined;

    const render = async (records: ProvenanceRecord[]) => {
      if (!badgesAllowed(env) || !records.length) return;
      const layer = await badgeLayer();
      if (env.ctx.isInvalid) return layer.destroy();
      const showing = imagesBySource(env.doc);
      for (const record of records) layer.show(record, showing.get(record.src) ?? []);
    };

    const flush = async () => {
      timer = undefined;
      const showing = imagesBySource(env.doc);
      const candidates = [...pending];
      for (const src of pending.keys()) asked.add(src);
      pending.clear();
      const boxes = await renderedBoxes(candidates.flatMap(([src]) => showing.get(src) ?? []));
      const bigEnough = (img: HTMLImageElement) => {
        const box = boxes.get(img);
        return !!box && Math.min(box.width, box.height) >= minImagePx;
      };
      const images = candidates.filter(([src]) => showing.get(src)?.some(bigEnough)).map(([src, size]) => ({ src, size }));
      if (images.length === 0) return;
      const message: ContentToBackground = { type: 'provenance:check', pageUrl: location.href, images: images.slice(0, 100) };
      // Through the re-sending path: a worker stopped mid-check must not cost the page its findings.
      // The background checked the records (ProvenanceCheckResponseSchema) before sending them.
      const records = await deliver(message);
      if (Array.isArray(records)) await render(records as ProvenanceRecord[]);
    };

    const schedule = () => {
      // Batches at most every BATCH_MS, after layout has given lazy images their size.
      if (pending.size > 0 && timer === undefined) timer = env.ctx.setTimeout(() => void flush().catch(warn), BATCH_MS);
    };
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
        if (entry.initiatorType !== 'img' || asked.has(entry.name) || !/^https?:/.test(entry.name)) continue;
        pending.set(entry.name, entry.encodedBodySize || 0);
      }
      schedule();
    });
    observer.observe({ type: 'resource', buffered: true });
    // The page's Resource Timing buffer may have been full (250 entries) before Candor started.
    for (const img of env.doc.images) {
      const src = img.currentSrc || img.src;
      if (img.complete && /^https?:/.test(src) && !pending.has(src)) pending.set(src, 0);
    }
    schedule();

    // "Show on page" for metadata findings (ids from provenanceId()); label findings are the label feature's.
    // Only Candor's own popup can send it (the sender check); the one field read is checked by hand,
    // so no UiToContentSchema in every page. Registered from the start, not at the first badge: the
    // popup may list a finding the moment the background stored it, before this page drew its badge.
    // Answered with sendResponse, which every browser's own API takes (this script has no polyfill).
    const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer: boolean) => void): undefined => {
      if (sender.id === browser.runtime.id && isMetadataReveal(raw)) sendResponse(badges?.reveal(raw.id) ?? false);
    };
    browser.runtime.onMessage.addListener(onMessage);
    env.ctx.addEventListener(window, 'resize', () => badges?.reposition());
    env.ctx.onInvalidated(() => {
      observer.disconnect();
      browser.runtime.onMessage.removeListener(onMessage);
      badges?.destroy();
    });
  },
};

const warn = (error: unknown) => console.debug('[candor] provenance check failed', error);

/** An `ai:reveal` (UiToContent) for a metadata finding: the other findings are the AI-label module's. */
function isMetadataReveal(raw: unknown): raw is UiToContent {
  const message = raw as Partial<Record<keyof UiToContent, unknown>> | null;
  return message?.type === 'ai:reveal' && typeof message.id === 'string' && message.id.startsWith('metadata:');
}

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchMutations } from '../content/mutations';
import { findConsentDialogs, findConsentDialogsIn, recheckConsentDialogs, Sightings } from './heuristic/finder';

/** Scans are coalesced: one per 200 ms at most, whatever the page's mutation rate. */
const CHECK_GAP_MS = 200;
/** Rechecks for banners shown without a DOM mutation (CSS animations, late stylesheets), in ms after the start. */
const RESCAN_AT_MS = [1000, 3000, 6000];
/** A batch that added or changed more elements than this is scanned as a whole document instead. */
const MAX_CHANGED_ROOTS = 50;
const STYLE_TAGS = new Set(['style', 'link']);

/**
 * One selector list of the known platforms' banners, or null when none is valid. The list comes
 * from autoconsent's catalogue, written for many engines: one selector Chromium rejects would make
 * the whole list throw, so on a syntax error each is tried alone and the valid ones kept.
 */
export function validSelectorList(doc: Document, selectors: readonly string[]): string | null {
  // Parsed against an empty fragment: the test costs a parse, not a search of the page.
  const empty = doc.createDocumentFragment();
  const valid = (list: string) => {
    try {
      empty.querySelector(list);
      return true;
    } catch {
      return false;
    }
  };
  if (!selectors.length) return null;
  const all = selectors.join(',');
  if (valid(all)) return all;
  const kept = selectors.filter(valid).join(',');
  return kept && valid(kept) ? kept : null;
}

const ID_ONLY = /^#[\w-]+$/;

/**
 * The known platforms' banner selectors split for a cheap search: a third of them are a bare id,
 * looked up in the document's id map (getElementById) instead of being matched against every
 * element as part of one list (a list costs a match per element and selector).
 */
interface Platforms {
  ids: string[];
  /** The other selectors as one valid list, or null. */
  list: string | null;
}

function platformsOf(doc: Document, selectors: readonly string[]): Platforms | null {
  const ids = selectors.filter((selector) => ID_ONLY.test(selector)).map((selector) => selector.slice(1));
  const list = validSelectorList(doc, selectors.filter((selector) => !ID_ONLY.test(selector)));
  return ids.length || list ? { ids, list } : null;
}

/** Whether the document holds a known platform's container, shown or not. */
function hasPlatform(doc: Document, platforms: Platforms): boolean {
  return platforms.ids.some((id) => doc.getElementById(id)) || (platforms.list !== null && doc.querySelector(platforms.list) !== null);
}

/**
 * Whether a change added a known platform's container, or made an element one (a class set on
 * it). Ids are looked up in the whole document once per batch: none was there at the first look.
 */
function showsPlatform(doc: Document, records: MutationRecord[], platforms: Platforms): boolean {
  const list = platforms.list;
  let added = false;
  for (const record of records) {
    if (record.type === 'attributes') {
      if (list && record.target instanceof Element && record.target.matches(list)) return true;
      continue;
    }
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      added = true;
      if (list && (node.matches(list) || node.querySelector(list))) return true;
    }
  }
  return added && platforms.ids.some((id) => doc.getElementById(id));
}

/**
 * Resolves true as soon as a consent banner may be on the page, false when `timeout` ms are up or
 * `ctx` is invalidated: a known platform's container (by selector, shown or not: the platform
 * layer waits for it to show) or a shown home-made consent dialog (the heuristic finder). Cheap
 * enough for every frame of every page: the consent engine is injected only when it says yes.
 * Watches the document through the shared observer, and open shadow roots (which that cannot see)
 * with one observer of its own.
 *
 * The whole page is walked once at the start; then only what the page adds or changes is scanned
 * (from the mutation records), and what may show a banner without a mutation (a late stylesheet,
 * a CSS animation, a component upgraded later) is rechecked from what the scans saw (Sightings),
 * at RESCAN_AT_MS, on a new stylesheet and on changes in shadow roots. The page is walked again
 * only when records were lost (a mutation storm) or a batch changed too much to scan in parts.
 */
export function watchForConsentSignal(
  ctx: ContentScriptContext,
  doc: Document,
  selectors: readonly string[],
  timeout: number,
): Promise<boolean> {
  const platforms = platformsOf(doc, selectors);
  return new Promise((resolve) => {
    let done = false;
    let pending: ReturnType<typeof setTimeout> | undefined;
    /** Whether the scan pending walks the page (else it rechecks the sightings). */
    let walk = false;
    let last = 0;
    const sightings = new Sightings();
    const shadowObserver = new MutationObserver(() => schedule(false));
    const observed = new WeakSet<ShadowRoot>();
    const observeShadowRoot = (root: ShadowRoot) => {
      if (observed.has(root)) return;
      observed.add(root);
      shadowObserver.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'open', 'aria-hidden'] });
    };
    // Known platforms: the whole document once (a selector list of a few hundred entries costs a
    // few ms on a large page), then only what the page adds or changes. Home-made dialogs: the
    // same, through the finder's subtree scan; a class or style change may show one.
    const unwatch = watchMutations(ctx, doc, {
      childList: true,
      attributes: ['style', 'class', 'hidden', 'open', 'aria-hidden'],
      records(records) {
        if (platforms && showsPlatform(doc, records, platforms)) return finish(true);
        const changed = new Set<Element>();
        let styled = false;
        for (const record of records) {
          const target = record.target as Element;
          // A stylesheet added or rewritten may show a banner seen before (the records show the rest).
          if (STYLE_TAGS.has(target.localName)) styled = true;
          else if (record.type === 'attributes') changed.add(target);
          for (const node of record.addedNodes) {
            if (node instanceof Element) {
              if (STYLE_TAGS.has(node.localName)) styled = true;
              else changed.add(node);
            } else if (!STYLE_TAGS.has(target.localName)) changed.add(target); // text put into an element already there
          }
        }
        if (changed.size > MAX_CHANGED_ROOTS) return schedule(true);
        for (const root of changed) {
          if (root.isConnected && findConsentDialogsIn(root, observeShadowRoot, sightings).length) return finish(true);
        }
        if (styled) schedule(false);
      },
      overflow: () => {
        if (platforms && hasPlatform(doc, platforms)) return finish(true);
        schedule(true);
      },
    });
    const rescans = RESCAN_AT_MS.map((ms) => setTimeout(() => schedule(false), ms));
    const deadline = setTimeout(() => finish(false), timeout);
    ctx.onInvalidated(() => finish(false));

    function finish(seen: boolean) {
      if (done) return;
      done = true;
      unwatch();
      shadowObserver.disconnect();
      rescans.forEach(clearTimeout);
      clearTimeout(deadline);
      clearTimeout(pending);
      resolve(seen);
    }
    function check() {
      pending = undefined;
      last = performance.now();
      if (done) return;
      const found = walk ? findConsentDialogs(doc, observeShadowRoot, sightings) : recheckConsentDialogs(sightings, observeShadowRoot);
      walk = false;
      if (found.length) finish(true);
    }
    function schedule(walkPage: boolean) {
      if (done) return;
      walk ||= walkPage;
      if (pending === undefined) pending = setTimeout(check, Math.max(0, CHECK_GAP_MS - (performance.now() - last)));
    }
    if (platforms && hasPlatform(doc, platforms)) return finish(true);
    walk = true;
    check();
  });
}

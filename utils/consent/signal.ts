import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchMutations } from '../content/mutations';
import { findConsentDialogs, findConsentDialogsIn } from './heuristic/finder';

/** Full scans are coalesced: one per 200 ms at most, whatever the page's mutation rate. */
const CHECK_GAP_MS = 200;
/** Full scans for banners shown without a DOM mutation (CSS animations, late stylesheets), in ms after the start. */
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

/** Whether a change added a known platform's container, or made an element one (a class set on it). */
function showsPlatform(record: MutationRecord, platforms: string): boolean {
  if (record.type === 'attributes') return record.target instanceof Element && record.target.matches(platforms);
  for (const node of record.addedNodes) {
    if (node instanceof Element && (node.matches(platforms) || node.querySelector(platforms))) return true;
  }
  return false;
}

/**
 * Resolves true as soon as a consent banner may be on the page, false when `timeout` ms are up or
 * `ctx` is invalidated: a known platform's container (by selector, shown or not: the platform
 * layer waits for it to show) or a shown home-made consent dialog (the heuristic finder). Cheap
 * enough for every frame of every page: the consent engine is injected only when it says yes.
 * Watches the document through the shared observer, and open shadow roots (which that cannot see)
 * with one observer of its own.
 */
export function watchForConsentSignal(
  ctx: ContentScriptContext,
  doc: Document,
  selectors: readonly string[],
  timeout: number,
): Promise<boolean> {
  const platforms = validSelectorList(doc, selectors);
  return new Promise((resolve) => {
    let done = false;
    let pending: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    const shadowObserver = new MutationObserver(() => schedule());
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
        if (platforms && records.some((record) => showsPlatform(record, platforms))) return finish(true);
        const changed = new Set<Element>();
        for (const record of records) {
          const target = record.target as Element;
          // A stylesheet added or rewritten may show a banner anywhere.
          if (STYLE_TAGS.has(target.localName)) return schedule();
          if (record.type === 'attributes') changed.add(target);
          for (const node of record.addedNodes) {
            if (node instanceof Element) {
              if (STYLE_TAGS.has(node.localName)) return schedule();
              changed.add(node);
            } else changed.add(target); // text put into an element already there
          }
        }
        if (changed.size > MAX_CHANGED_ROOTS) return schedule();
        for (const root of changed) {
          if (root.isConnected && findConsentDialogsIn(root, observeShadowRoot).length) return finish(true);
        }
      },
      overflow: () => {
        if (platforms && doc.querySelector(platforms)) return finish(true);
        schedule();
      },
    });
    const rescans = RESCAN_AT_MS.map((ms) => setTimeout(schedule, ms));
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
      if (!done && findConsentDialogs(doc, observeShadowRoot).length) finish(true);
    }
    function schedule() {
      if (pending !== undefined || done) return;
      pending = setTimeout(check, Math.max(0, CHECK_GAP_MS - (performance.now() - last)));
    }
    if (platforms && doc.querySelector(platforms)) finish(true);
    else check();
  });
}

import { findConsentDialogs } from './finder';

/** Mutation bursts are coalesced: one scan per 200 ms at most (a scan costs a few ms on a news page). */
const SCAN_GAP_MS = 200;
/** Fallback poll for banners shown without a DOM mutation (CSS animations, late stylesheets). */
const POLL_MS = 1000;

/**
 * Resolves with the first consent dialog shown within `timeout` ms (or null), watching the
 * document and every open shadow root with MutationObservers and scanning at most every SCAN_GAP_MS.
 */
export function watchForDialog(
  doc: Document,
  timeout: number,
  signal: AbortSignal,
): Promise<{ root: Element; seenAt: number } | null> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(schedule);
    const observed = new WeakSet<Node>();
    const options: MutationObserverInit = {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['style', 'class', 'hidden', 'open', 'aria-hidden'],
    };
    let pending: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    let done = false;
    const poll = setInterval(schedule, POLL_MS);
    const deadline = setTimeout(() => finish(null), timeout);
    signal.addEventListener('abort', () => finish(null), { once: true });

    function finish(value: { root: Element; seenAt: number } | null) {
      if (done) return;
      done = true;
      observer.disconnect();
      clearInterval(poll);
      clearTimeout(deadline);
      clearTimeout(pending);
      resolve(value);
    }
    function observe(node: Node) {
      if (observed.has(node)) return;
      observed.add(node);
      observer.observe(node, options);
    }
    function scan() {
      pending = undefined;
      last = performance.now();
      if (done) return;
      const [root] = findConsentDialogs(doc, observe);
      if (root) finish({ root, seenAt: performance.now() });
    }
    function schedule() {
      if (pending !== undefined || done) return;
      pending = setTimeout(scan, Math.max(0, SCAN_GAP_MS - (performance.now() - last)));
    }
    if (signal.aborted) return finish(null);
    observe(doc);
    scan();
  });
}

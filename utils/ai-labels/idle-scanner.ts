import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchMutations } from '../content/mutations';

/** Above this many changed places in one batch, one full rescan is cheaper than many partial ones. */
const MAX_PENDING_ROOTS = 300;
/** A mutation storm may ask for full rescans continuously; at most one runs per this many ms. */
const MIN_FULL_INTERVAL_MS = 2000;
/** A batch waits for idle time, but never longer than this. */
const IDLE_TIMEOUT_MS = 1000;
/**
 * Batches start at most this often: a page that changes continuously (a ticker, a live blog) would
 * otherwise have its changed places rescanned in every idle period. New cards still get their
 * badges within about half a second.
 */
const MIN_BATCH_INTERVAL_MS = 500;
/** Levels above a changed node that are rescanned with it: a card's label, media and headline. */
const CONTEXT_LEVELS = 3;
const WATCHED_ATTRIBUTES = ['src', 'data-src', 'srcset', 'data-srcset', 'alt', 'title', 'aria-label', 'hidden', 'ai-disclosure'];

export interface ScanWork {
  /** Rescans the whole document. */
  full(): void;
  /** Rescans a subtree for changed or added content. */
  partial(root: Element): void;
  /** After a batch: drop what left the page, report and redraw. */
  settle(): void;
}

/**
 * Watches the page for added and changed content (infinite scroll, carousels, lazy images,
 * re-rendered cards) through the shared observer (utils/content/mutations.ts) and rescans only the
 * changed places, in idle-time batches. Collecting does constant work per record; the scanning
 * happens later, in slices that stop when the browser's idle deadline runs out, so a busy page is
 * never blocked by Candor. A mutation storm (records dropped) asks for one full rescan instead.
 */
export class IdleScanner {
  private readonly pending = new Set<Element>();
  private needFull = true;
  private lastFull = -Infinity;
  private scheduled = false;
  private lastBatch = -Infinity;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    private readonly isOwn: (node: Node) => boolean,
    private readonly work: ScanWork,
    /** Called (cheaply, in the observer callback) whenever the page changed: badges re-measure. */
    private readonly onChange: () => void = () => {},
  ) {
    watchMutations(ctx, doc, {
      childList: true,
      characterData: true,
      attributes: WATCHED_ATTRIBUTES,
      records: (records) => this.collect(records),
      overflow: () => {
        this.needFull = true;
        this.pending.clear();
        this.onChange();
        this.schedule();
      },
    });
    this.schedule();
  }

  /** Asks for a full rescan at the next idle time, whatever the rate limit (an SPA navigation). */
  rescanAll(): void {
    this.needFull = true;
    this.lastFull = -Infinity;
    this.pending.clear();
    this.schedule();
  }

  private collect(records: MutationRecord[]): void {
    let changed = false;
    for (const record of records) {
      const target = record.target;
      if (this.isOwn(target)) continue;
      changed = true;
      if (this.needFull) continue;
      const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
      if (!el || record.type === 'childList' && record.addedNodes.length === 0) continue;
      this.pending.add(contextOf(el, this.doc));
      if (this.pending.size > MAX_PENDING_ROOTS) {
        this.pending.clear();
        this.needFull = true;
      }
    }
    if (!changed) return;
    this.onChange();
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const wait = this.lastBatch + MIN_BATCH_INTERVAL_MS - performance.now();
    if (wait > 0) this.ctx.setTimeout(() => this.whenIdle(), wait);
    else this.whenIdle();
  }

  private whenIdle(): void {
    this.scheduled = true;
    this.ctx.requestIdleCallback((deadline) => this.run(deadline), { timeout: IDLE_TIMEOUT_MS });
  }

  private run(deadline: IdleDeadline): void {
    this.scheduled = false;
    this.lastBatch = performance.now();
    if (this.needFull) {
      const wait = this.lastFull + MIN_FULL_INTERVAL_MS - performance.now();
      if (wait > 0) {
        this.ctx.setTimeout(() => this.schedule(), wait);
        return;
      }
      this.needFull = false;
      this.pending.clear();
      this.lastFull = performance.now();
      this.work.full();
    } else {
      const roots = outermost([...this.pending]);
      this.pending.clear();
      let next = 0;
      // At least one root per slice so a page without idle time still makes progress.
      do {
        const root = roots[next++]!;
        if (root.isConnected) this.work.partial(root);
      } while (next < roots.length && deadline.timeRemaining() > 1);
      for (const root of roots.slice(next)) this.pending.add(root);
      if (this.pending.size) return this.whenIdle(); // the rest of this batch, not a new one
    }
    this.work.settle();
  }
}

function contextOf(el: Element, doc: Document): Element {
  let node = el;
  for (let i = 0; i < CONTEXT_LEVELS && node.parentElement && node.parentElement !== doc.body; i++) node = node.parentElement;
  return node === doc.documentElement ? (doc.body ?? node) : node;
}

/** Drops roots inside other roots: scanning the outer one covers them. */
function outermost(roots: Element[]): Element[] {
  return roots.filter((root) => !roots.some((other) => other !== root && other.contains(root)));
}

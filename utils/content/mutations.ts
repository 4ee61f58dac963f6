import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { safely } from './safely';
import { sharedSlot } from './shared-slot';

/**
 * One MutationObserver per document for every content feature. Each observer makes the browser
 * build its own records for every change, so four features watching the same page cost four times
 * what one does; and a page that changes thousands of times a second (a live ticker) must not get
 * a callback per change from each of them. Features subscribe with what they care about and get
 * the records in batches, at most every BATCH_MS; when a page changes faster than records are
 * worth keeping, the observer stops watching for a pause and then tells every feature that
 * anything may have changed (`overflow`), so it rescans what it needs once instead.
 */

/** Delivery at most this often; the first change after a quiet spell is delivered at once. */
const BATCH_MS = 200;
/** More records than this within one batch is a mutation storm: records are dropped. */
const MAX_RECORDS_PER_BATCH = 500;
/** How long the observer stays disconnected in a storm before it looks again. */
const STORM_PAUSE_MS = 1000;

export interface MutationInterest {
  childList?: boolean;
  characterData?: boolean;
  /** Attribute names whose changes matter (always a filter: no feature watches every attribute). */
  attributes?: readonly string[];
}

export interface MutationSubscriber extends MutationInterest {
  /** A batch of records, only of the kinds and attributes this subscriber asked for. */
  records(records: MutationRecord[]): void;
  /**
   * The page changed too fast for records to be kept: anything in the document may have changed.
   * `kinds` are the kinds of change seen before the records were dropped (only those it asked for).
   */
  overflow(kinds: ReadonlySet<MutationRecordType>): void;
}

function wants(subscriber: MutationInterest, record: MutationRecord): boolean {
  if (record.type === 'attributes') return !!subscriber.attributes?.includes(record.attributeName ?? '');
  return record.type === 'childList' ? !!subscriber.childList : !!subscriber.characterData;
}

class SharedObserver {
  private readonly subscribers = new Set<MutationSubscriber>();
  private readonly observer = new MutationObserver((records) => this.take(records));
  private buffer: MutationRecord[][] = [];
  private buffered = 0;
  private lastDelivery = -Infinity;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private paused = false;
  /** Callbacks and storms so far: the same count means no change seen in between (changeToken). */
  private changes = 0;
  private watching: { childList?: boolean; characterData?: boolean } = {};

  constructor(private readonly doc: Document) {}

  get idle(): boolean {
    return this.subscribers.size === 0;
  }

  /** See changeToken: null unless children and texts are watched, and not in a storm's pause. */
  get token(): number | null {
    return this.paused || !this.watching.childList || !this.watching.characterData ? null : this.changes;
  }

  add(subscriber: MutationSubscriber): void {
    this.subscribers.add(subscriber);
    this.observe();
  }

  delete(subscriber: MutationSubscriber): void {
    this.subscribers.delete(subscriber);
    if (this.subscribers.size) return this.observe();
    this.observer.disconnect();
    this.watching = {};
    clearTimeout(this.timer);
    this.timer = undefined;
    this.buffer = [];
    this.buffered = 0;
    this.paused = false;
  }

  /** Observes the union of what the subscribers want (observe() again replaces the options). */
  private observe(): void {
    if (this.paused) return;
    const all = [...this.subscribers];
    const attributeFilter = [...new Set(all.flatMap((s) => s.attributes ?? []))];
    // Records already made keep their place; a fresh registration takes the new options everywhere.
    const pending = this.observer.takeRecords();
    this.observer.disconnect();
    this.watching = { childList: all.some((s) => s.childList), characterData: all.some((s) => s.characterData) };
    this.observer.observe(this.doc.documentElement, {
      subtree: true,
      ...this.watching,
      ...(attributeFilter.length ? { attributes: true, attributeFilter } : {}),
    });
    if (pending.length) this.take(pending);
  }

  /** Constant work per callback: keep the batch, deliver it when its time comes. */
  private take(records: MutationRecord[]): void {
    this.changes++;
    this.buffer.push(records);
    this.buffered += records.length;
    if (this.buffered > MAX_RECORDS_PER_BATCH) return this.storm();
    if (this.timer !== undefined) return;
    const wait = this.lastDelivery + BATCH_MS - performance.now();
    if (wait <= 0) this.deliver();
    else this.timer = setTimeout(() => this.deliver(), wait);
  }

  private drain(): MutationRecord[] {
    const records = this.buffer.flat();
    this.buffer = [];
    this.buffered = 0;
    return records;
  }

  private deliver(): void {
    this.timer = undefined;
    this.lastDelivery = performance.now();
    const records = this.drain();
    if (!records.length) return;
    for (const subscriber of [...this.subscribers]) {
      const mine = records.filter((record) => wants(subscriber, record));
      if (mine.length) safely('mutations', () => subscriber.records(mine));
    }
  }

  private storm(): void {
    this.changes++;
    const dropped = this.drain();
    this.observer.disconnect();
    this.paused = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.paused = false;
      this.lastDelivery = performance.now();
      if (!this.subscribers.size) return;
      this.observe();
      for (const subscriber of [...this.subscribers]) {
        const kinds = new Set(dropped.filter((record) => wants(subscriber, record)).map((record) => record.type));
        if (kinds.size) safely('mutations', () => subscriber.overflow(kinds));
      }
    }, STORM_PAUSE_MS);
  }
}

// Per frame, not per bundle: the modules injected on demand subscribe to the same observer.
const observers = sharedSlot('observers', () => new WeakMap<Document, SharedObserver>());

/**
 * Subscribes to the document's changes until `ctx` is invalidated or the returned function is
 * called. Callbacks run in Candor's error guard (`safely`).
 */
export function watchMutations(ctx: ContentScriptContext, doc: Document, subscriber: MutationSubscriber): () => void {
  let shared = observers.get(doc);
  if (!shared) observers.set(doc, (shared = new SharedObserver(doc)));
  shared.add(subscriber);
  let active = true;
  const stop = () => {
    if (!active) return;
    active = false;
    shared.delete(subscriber);
    if (shared.idle) observers.delete(doc);
  };
  ctx.onInvalidated(stop);
  return stop;
}

/**
 * A value that stays the same as long as the document's children and texts stay the same: the
 * shared observer counts the batches of changes it is handed (a microtask after each change, so
 * a later task never misses one). Null when no feature watches both children and texts, or the
 * observer is paused in a mutation storm: then nothing can tell.
 */
export function changeToken(doc: Document): number | null {
  return observers.get(doc)?.token ?? null;
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeToken, watchMutations, type MutationSubscriber } from '@/utils/content/mutations';
import { fakeContext } from '../support/fake-context';

interface Log {
  batches: MutationRecord[][];
  overflows: Set<MutationRecordType>[];
}

function subscriber(interest: Omit<MutationSubscriber, 'records' | 'overflow'>): MutationSubscriber & Log {
  const log: Log = { batches: [], overflows: [] };
  return { ...interest, ...log, records: (records) => log.batches.push(records), overflow: (kinds) => log.overflows.push(new Set(kinds)) };
}

describe('watchMutations (one shared observer for every content feature)', () => {
  let lifetime: AbortController;
  let observers: number;

  beforeEach(() => {
    lifetime = new AbortController();
    vi.useFakeTimers();
    observers = 0;
    const Native = globalThis.MutationObserver;
    vi.stubGlobal(
      'MutationObserver',
      class extends Native {
        constructor(callback: MutationCallback) {
          super(callback);
          observers++;
        }
      },
    );
    document.body.innerHTML = '<ul id="list"></ul><img id="pic" src="a.jpg" alt="">';
  });
  afterEach(() => {
    lifetime.abort();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  const list = () => document.getElementById('list')!;
  const addItems = (n: number) => {
    for (let i = 0; i < n; i++) list().append(Object.assign(document.createElement('li'), { textContent: `item ${i}` }));
  };

  it('gives each feature only the kinds of change it asked for, from one observer', async () => {
    const ctx = fakeContext(lifetime);
    const nodes = subscriber({ childList: true });
    const sources = subscriber({ attributes: ['src'] });
    watchMutations(ctx, document, nodes);
    watchMutations(ctx, document, sources);
    expect(observers).toBe(1);

    addItems(1);
    document.getElementById('pic')!.setAttribute('src', 'b.jpg');
    document.getElementById('pic')!.setAttribute('alt', 'not watched by anyone');
    await vi.advanceTimersByTimeAsync(300);

    expect(nodes.batches.flat().map((r) => r.type)).toEqual(['childList']);
    expect(sources.batches.flat().map((r) => r.attributeName)).toEqual(['src']);
  });

  it('delivers the first change at once and later ones in batches at most every 200 ms', async () => {
    const nodes = subscriber({ childList: true });
    watchMutations(fakeContext(lifetime), document, nodes);
    addItems(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(nodes.batches).toHaveLength(1);

    for (let step = 0; step < 10; step++) {
      addItems(1);
      await vi.advanceTimersByTimeAsync(15);
    }
    // 150 ms after the first delivery: the ten changes are still waiting for their batch.
    expect(nodes.batches).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(nodes.batches).toHaveLength(2);
    expect(nodes.batches[1]).toHaveLength(10);
  });

  it('in a mutation storm drops the records, pauses, then says once that anything may have changed', async () => {
    const nodes = subscriber({ childList: true });
    const sources = subscriber({ attributes: ['src'] });
    watchMutations(fakeContext(lifetime), document, nodes);
    watchMutations(fakeContext(lifetime), document, sources);
    addItems(1);
    await vi.advanceTimersByTimeAsync(0); // a quiet page's change, delivered at once
    addItems(600);
    await vi.advanceTimersByTimeAsync(0);
    addItems(600); // while paused: no records are made at all
    await vi.advanceTimersByTimeAsync(500);
    expect(nodes.batches).toHaveLength(1);
    expect(nodes.overflows).toEqual([]);

    await vi.advanceTimersByTimeAsync(600);
    expect(nodes.overflows).toEqual([new Set(['childList'])]);
    expect(sources.overflows).toEqual([]); // nothing it watches changed
    expect(nodes.batches).toHaveLength(1);

    // Watching again after the pause.
    addItems(1);
    await vi.advanceTimersByTimeAsync(300);
    expect(nodes.batches).toHaveLength(2);
  });

  it('stops delivering to a feature whose context is invalidated, and disconnects with the last one', async () => {
    const nodes = subscriber({ childList: true });
    const other = new AbortController();
    const late = subscriber({ childList: true });
    watchMutations(fakeContext(lifetime), document, nodes);
    const stop = watchMutations(fakeContext(other), document, late);
    other.abort();
    stop(); // a second stop is harmless
    addItems(1);
    await vi.advanceTimersByTimeAsync(300);
    expect(nodes.batches).toHaveLength(1);
    expect(late.batches).toHaveLength(0);

    lifetime.abort();
    addItems(1);
    await vi.advanceTimersByTimeAsync(300);
    expect(nodes.batches).toHaveLength(1);
    // A new subscriber after everyone left gets a fresh observer.
    const again = new AbortController();
    const fresh = subscriber({ childList: true });
    watchMutations(fakeContext(again), document, fresh);
    addItems(1);
    await vi.advanceTimersByTimeAsync(300);
    expect(fresh.batches).toHaveLength(1);
    again.abort();
  });

  it('keeps delivering to the others when one feature throws', async () => {
    const broken: MutationSubscriber = { childList: true, records: () => { throw new Error('boom'); }, overflow: () => {} };
    const nodes = subscriber({ childList: true });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    watchMutations(fakeContext(lifetime), document, broken);
    watchMutations(fakeContext(lifetime), document, nodes);
    addItems(1);
    await vi.advanceTimersByTimeAsync(300);
    expect(nodes.batches).toHaveLength(1);
    expect(warn).toHaveBeenCalled();
  });

  it('keeps one change token while neither children nor texts change, and none when it cannot tell', async () => {
    const nodes = subscriber({ childList: true });
    watchMutations(fakeContext(lifetime), document, nodes);
    expect(changeToken(document)).toBeNull(); // texts are not watched: a text edit would go unseen
    const stopTexts = watchMutations(fakeContext(lifetime), document, subscriber({ characterData: true }));
    const token = changeToken(document);
    expect(token).not.toBeNull();
    await vi.advanceTimersByTimeAsync(500);
    expect(changeToken(document)).toBe(token);

    addItems(1);
    await vi.advanceTimersByTimeAsync(0); // a microtask later, before any batch is delivered
    const afterChild = changeToken(document);
    expect(afterChild).not.toBe(token);
    (list().firstChild!.firstChild as Text).data = 'item edited';
    await vi.advanceTimersByTimeAsync(0);
    expect(changeToken(document)).not.toBe(afterChild);

    addItems(600); // a storm: paused, so nothing can tell until it watches again
    await vi.advanceTimersByTimeAsync(0);
    expect(changeToken(document)).toBeNull();
    await vi.advanceTimersByTimeAsync(1100);
    expect(changeToken(document)).not.toBeNull();
    stopTexts();
    expect(changeToken(document)).toBeNull();
  });
});

/**
 * Runs async tasks one after another per key. Messages from one tab arrive concurrently and each
 * does a read-modify-write of that tab's report; without a queue the later write would drop the
 * earlier one. Only the queue lives in memory: the data itself is always in storage.
 */
export function createKeyedQueue() {
  const tails = new Map<string | number, Promise<unknown>>();
  return function enqueue<T>(key: string | number, task: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}

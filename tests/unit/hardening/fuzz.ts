/** A small seeded generator of hostile values and message mutations for the fuzz tests. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    // mulberry32: tiny, fast and reproducible from the seed printed on failure.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}
export type Random = ReturnType<typeof createRandom>;

export const HOSTILE_STRINGS = [
  '',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '\u202Egnp.exe',
  'a\u200B\u200C\u200D\uFEFFb',
  '__proto__',
  'constructor',
  'javascript:alert(1)',
  '\u0000\uFFFF\uD800',
  'x'.repeat(100_000),
  'report:get',
  'https://news.example/a',
];

const TYPES = [
  'page:start', 'article:found', 'ai:found', 'consent:result', 'report:get', 'history:get',
  'history:clear', 'prefs:get', 'prefs:set', 'site-rule:set', 'ai:reveal', 'article:chunk', 'article:extract', 'nope',
];

export function randomValue(r: Random, depth = 0): unknown {
  switch (r.int(depth > 3 ? 8 : 11)) {
    case 0: return null;
    case 1: return undefined;
    case 2: return r.pick([0, -1, 7, 13, 1.5, NaN, Infinity, -Infinity, 2 ** 53, -0]);
    case 3: return r.pick(HOSTILE_STRINGS);
    case 4: return r.next() < 0.5;
    case 5: return r.pick(TYPES);
    case 6: return new Date(r.int(2 ** 31)).toISOString();
    case 7: return String.fromCharCode(...Array.from({ length: r.int(20) }, () => r.int(0xffff)));
    case 8: return Array.from({ length: r.int(4) }, () => randomValue(r, depth + 1));
    case 9: return Object.fromEntries(
      Array.from({ length: r.int(4) }, () => [r.pick(['type', 'tabId', 'prefs', 'site', 'rule', 'url', ...HOSTILE_STRINGS.slice(0, 8)]), randomValue(r, depth + 1)]),
    );
    default: return { type: r.pick(TYPES), ...(randomValue(r, depth + 1) as object) };
  }
}

function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...prefix, k]))];
}

/** One structural mutation of a (deep-copied) valid message. */
export function mutate(r: Random, message: unknown): unknown {
  const copy = structuredClone(message) as Record<string, unknown>;
  const targets = paths(copy);
  const path = r.pick(targets);
  if (path.length === 0) return r.next() < 0.5 ? randomValue(r) : JSON.stringify(copy);
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as Record<
    string | number,
    unknown
  >;
  const key = path[path.length - 1]!;
  switch (r.int(5)) {
    case 0: delete parent[key]; break;
    case 1: parent[key] = randomValue(r); break;
    case 2:
      // An own property, as structured cloning delivers a page's `{"__proto__": …}`.
      Object.defineProperty(parent, r.pick(['__proto__', 'constructor', 'extra', 'tabId', 'type']), {
        value: randomValue(r), enumerable: true, configurable: true, writable: true,
      });
      break;
    case 3: parent[key] = [parent[key], parent[key]]; break;
    default: copy.type = r.pick(TYPES);
  }
  return copy;
}

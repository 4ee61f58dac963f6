/**
 * A value shared by every Candor script in this frame's isolated world. The always-on content
 * script and the modules injected on demand (modules.ts) are separate bundles, each with its own
 * copy of every module-level variable; state that must be one per frame (the failure reporter, the
 * shared MutationObserver, the loaded modules) lives on the isolated world's global object instead,
 * under a registered symbol. The page's own scripts run in another world and never see it.
 */
export function sharedSlot<T>(name: string, create: () => T): T {
  const scope = globalThis as unknown as Record<symbol, unknown>;
  const key = Symbol.for(`candor.${name}`);
  if (!(key in scope)) scope[key] = create();
  return scope[key] as T;
}

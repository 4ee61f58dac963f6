import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The parts of WXT's ContentScriptContext content features use, on plain timers so fake time
 * drives them; aborting `lifetime` invalidates it as WXT does when the extension reloads.
 */
export function fakeContext(lifetime: AbortController): ContentScriptContext {
  const { signal } = lifetime;
  return {
    get isInvalid() {
      return signal.aborted;
    },
    setTimeout: (handler: () => void, ms?: number) => setTimeout(handler, ms) as unknown as number,
    setInterval: (handler: () => void, ms?: number) => {
      const id = setInterval(handler, ms);
      signal.addEventListener('abort', () => clearInterval(id));
      return id as unknown as number;
    },
    requestIdleCallback: (callback: IdleRequestCallback) =>
      setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 }), 1) as unknown as number,
    addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, handler, { ...options, signal }),
    onInvalidated: (callback: () => void) => signal.addEventListener('abort', callback),
  } as unknown as ContentScriptContext;
}

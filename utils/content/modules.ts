import type { ContentModuleName } from './module-names';
import type { ConsentEngineModule } from '../consent/engine';
import type { AiLabelsModule } from '../ai-labels/module';
import type { ArticleReaderModule } from '../article/reader';
import { deliver } from './deliver';
import { sharedSlot } from './shared-slot';

/** What each content module provides once injected (module-names.ts). */
export interface ContentModules {
  'consent-engine': ConsentEngineModule;
  'ai-labels': AiLabelsModule;
  'article-reader': ArticleReaderModule;
}

const provided = sharedSlot('modules', () => new Map<ContentModuleName, unknown>());
const loading = sharedSlot('modules-loading', () => new Map<ContentModuleName, Promise<unknown>>());

/** Called by a module's script when it runs in the frame (entrypoints/<name>.ts). */
export function provideModule<N extends ContentModuleName>(name: N, value: ContentModules[N]): void {
  provided.set(name, value);
}

/**
 * A content module, injected into this frame by the background the first time it is asked for.
 * The background answers once the script ran, and the script registered itself synchronously, so
 * it is there when the answer arrives. Rejects when it could not be injected (document gone).
 */
export function loadModule<N extends ContentModuleName>(name: N): Promise<ContentModules[N]> {
  let pending = loading.get(name);
  if (!pending) {
    pending = (async () => {
      if (!provided.has(name)) await deliver({ type: 'module:load', name });
      const value = provided.get(name);
      if (!value) throw new Error(`content module ${name} was not injected`);
      return value;
    })();
    loading.set(name, pending);
    pending.catch(() => loading.delete(name));
  }
  return pending as Promise<ContentModules[N]>;
}

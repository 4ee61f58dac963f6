import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentModuleName } from '@/utils/content/module-names';
import { provideModule, type ContentModules } from '@/utils/content/modules';
import { sharedSlot } from '@/utils/content/shared-slot';

/** A fresh frame: no content module loaded or being loaded. */
export function forgetModules(): void {
  sharedSlot('modules', () => new Map()).clear();
  sharedSlot('modules-loading', () => new Map()).clear();
}

/**
 * The background's side of `module:load` (after fakeBrowser.reset()): the module's script "runs"
 * and registers itself, as scripting.executeScript would have it. Returns the names asked for.
 */
export function injectModulesOnRequest(modules: Partial<ContentModules>): ContentModuleName[] {
  forgetModules();
  const injected: ContentModuleName[] = [];
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
    const message = raw as { type?: string; name?: ContentModuleName };
    if (message.type !== 'module:load' || !message.name) return undefined;
    injected.push(message.name);
    const value = modules[message.name];
    if (value) provideModule(message.name, value as never);
    return Promise.resolve(value !== undefined);
  });
  return injected;
}

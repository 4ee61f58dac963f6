import { browser } from 'wxt/browser';
import type { Preferences } from '../storage/preferences';
import { getPreferences, preferencesItem } from '../storage/items';

/** The one dynamic rule that adds `Sec-GPC: 1` to every request while GPC is on. */
export const GPC_RULE_ID = 6001;
/** The runtime-registered main-world script that sets navigator.globalPrivacyControl (gpc.content.ts). */
export const GPC_SCRIPT_ID = 'candor-gpc';
const GPC_SCRIPT_FILE = 'content-scripts/gpc.js';

const ALL_RESOURCE_TYPES = [
  'main_frame',
  'sub_frame',
  'stylesheet',
  'script',
  'image',
  'font',
  'object',
  'xmlhttprequest',
  'ping',
  'csp_report',
  'media',
  'websocket',
  'other',
] as const;

/**
 * Makes the browser state match the person's Global Privacy Control switch: the header rule and
 * the main-world script are both present when it is on and both absent when it is off. Idempotent,
 * so it runs at every worker start and after every preferences change.
 */
export async function syncGpc(enabled: boolean): Promise<void> {
  await browser.declarativeNetRequest.updateDynamicRules({
    removeRuleIds: [GPC_RULE_ID],
    addRules: enabled
      ? [
          {
            id: GPC_RULE_ID,
            priority: 1,
            action: {
              type: 'modifyHeaders',
              requestHeaders: [{ header: 'Sec-GPC', operation: 'set', value: '1' }],
            },
            condition: { resourceTypes: [...ALL_RESOURCE_TYPES] },
          },
        ]
      : [],
  });
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [GPC_SCRIPT_ID] });
  if (enabled && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id: GPC_SCRIPT_ID,
        js: [GPC_SCRIPT_FILE],
        matches: ['http://*/*', 'https://*/*'],
        runAt: 'document_start',
        allFrames: true,
        world: 'MAIN',
        persistAcrossSessions: true,
      },
    ]);
  } else if (!enabled && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [GPC_SCRIPT_ID] });
  }
}

let queue: Promise<void> = Promise.resolve();
function schedule(prefs: Preferences | null): void {
  // One sync at a time: two overlapping registrations of the same id would fail.
  queue = queue
    .then(async () => syncGpc((prefs ?? (await getPreferences())).consent.globalPrivacyControl))
    .catch((error: unknown) => console.warn('[candor] GPC sync failed', error));
}

/** Keeps GPC in line with preferences for as long as the worker lives; called at worker start. */
export function startGpc(): void {
  schedule(null);
  preferencesItem.watch(() => schedule(null));
}

import type { ContentToBackground } from '../messaging/messages';
import type { ProvenanceRecord } from '../report/schema';
import { createC2paReader } from '../provenance/c2pa-reader';
import { getPreferences, getReport, reportItem } from '../storage/items';
import { createProvenanceChecker, type ProvenanceChecker } from './provenance-check';
import { mergeProvenance } from './provenance-report';
import type { createKeyedQueue } from './serialize';
import { showFindingCount } from './toolbar-badge';

let checker: ProvenanceChecker | null = null;

/**
 * The WASM file is copied next to the manifest at build time (wxt.config.ts) and loaded on first use;
 * the worker's own location is the extension's root (chrome-extension://<id>/, moz-extension://<uuid>/).
 */
const wasmFromPackage = () => fetch(new URL('/c2pa.wasm', location.href));

/**
 * Answers a content script's `provenance:check`: reads the images (unless the person turned metadata
 * reading off), merges the results into the tab's report in the tab's write queue, and returns them
 * so the content script can badge the images.
 */
export async function answerProvenanceCheck(
  tabId: number,
  message: Extract<ContentToBackground, { type: 'provenance:check' }>,
  enqueue: ReturnType<typeof createKeyedQueue>,
): Promise<ProvenanceRecord[]> {
  const prefs = await getPreferences();
  if (!prefs.provenance.enabled) return [];
  checker ??= createProvenanceChecker(createC2paReader(wasmFromPackage));
  const records = await checker(tabId, message.pageUrl, message.images);
  if (records.length === 0) return records;
  await enqueue(tabId, async () => {
    const report = await getReport(tabId);
    // A navigation during the check started a new report: these images belong to the old page.
    if (!report || report.url !== message.pageUrl) return;
    const next = mergeProvenance(report, records);
    await reportItem(tabId).setValue(next);
    await showFindingCount(tabId, next);
  });
  return records;
}

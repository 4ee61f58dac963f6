import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { backgroundClient } from '@/utils/messaging/client';
import type { PageReport } from '@/utils/report/schema';
import { reportItem } from '@/utils/storage/items';

/** Which tab the popup describes: `?tabId=` (tests, the scan CLI) or the active tab. */
async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function Popup() {
  const [report, setReport] = useState<PageReport | null>(null);
  useEffect(() => {
    let unwatch = () => {};
    void targetTabId().then(async (tabId) => {
      if (tabId === null) return;
      setReport(await backgroundClient.getReport(tabId));
      unwatch = reportItem(tabId).watch(() => {
        void backgroundClient.getReport(tabId).then(setReport);
      });
    });
    return () => unwatch();
  }, []);
  if (!report) return <p>No report for this page yet.</p>;
  return (
    <main>
      <h1>{report.article?.headline ?? report.title}</h1>
      <p data-testid="ai-count">{report.ai.length} AI findings</p>
      <p data-testid="consent">{report.consent?.outcome ?? 'no banner'}</p>
    </main>
  );
}

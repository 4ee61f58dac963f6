import type { Page } from '@playwright/test';
import type { PageReport } from '../../utils/report/schema';
import { createRandom } from '../unit/hardening/fuzz';
import { expect, test, waitForReport } from './support/fixtures';
import { stopServiceWorker } from './support/service-worker';

const KILLS = Number(process.env.KILLS ?? 100);

/**
 * Sends a UI message from an extension page the way Candor's UI does (utils/messaging/deliver.ts):
 * re-sent when the worker died before answering. Chromium then either rejects or resolves the
 * promise with `undefined` — not an answer: every Candor handler answers null at least. Every UI
 * write is idempotent.
 */
const unanswered = { rejected: 0, undefined: 0 };
async function sendFromUi(probe: Page, message: unknown): Promise<unknown> {
  for (let attempt = 1; ; attempt++) {
    let failure: unknown = 'answered undefined';
    try {
      const answer = await probe.evaluate((m) => chrome.runtime.sendMessage(m), message);
      if (answer !== undefined) return answer;
      unanswered.undefined++;
    } catch (error) {
      failure = error;
      unanswered.rejected++;
    }
    if (attempt >= 9) throw new Error(`not answered after ${attempt} tries: ${String(failure)}`);
    await probe.waitForTimeout(Math.min(1000, 50 * 2 ** (attempt - 1)));
  }
}

test('the service worker killed 100 times during scans and site-rule changes loses and duplicates nothing', async ({
  context,
  extensionId,
  server,
  reportOf,
}) => {
  // About 2 s a kill on a quiet 2-core machine; a loaded one needs far more.
  test.setTimeout(600_000);
  const seed = Number(process.env.KILL_SEED ?? Date.now() % 100_000);
  const random = createRandom(seed);
  test.info().annotations.push({ type: 'seed', description: String(seed) });
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/options.html`);
  const page = await context.newPage();

  const prefs = (await sendFromUi(probe, { type: 'prefs:get' })) as { consent: { allowed: string[] } };
  const allowed = ['analytics'];
  await sendFromUi(probe, { type: 'prefs:set', prefs: { ...prefs, consent: { ...prefs.consent, allowed } } });

  // What an undisturbed scan of the demo page reports: every killed scan must end the same.
  const baselineUrl = server.url('/demo-news/?visit=baseline', 'baseline.candor.test');
  await page.goto(baselineUrl);
  // The demo page has labelled images and stories and a banner to reject.
  const baseline = await waitForReport(
    reportOf,
    page,
    (r) => r.url === baselineUrl && r.article !== null && r.ai.length > 0 && r.consent !== null,
  );
  const sections = (r: PageReport) => ({
    article: r.article?.headline ?? null,
    ai: r.ai.length,
    consent: r.consent?.outcome ?? null,
  });

  const rules: Record<string, string> = {};
  const scanned: string[] = [];
  const counts = { scanKills: 0, ruleKills: 0 };
  for (let i = 0; i < KILLS; i++) {
    const started = Date.now();
    if (process.env.KILL_DEBUG) process.stderr.write(`[worker-kill] ${i} `);
    const delay = random.int(250);
    if (i % 2 === 0) {
      // Kill somewhere in a page scan: before, during or after the content script's messages.
      // A fresh site each time: the demo banner does not come back once answered.
      const url = server.url(`/demo-news/?visit=${i}`, `scan${i}.candor.test`);
      const navigation = page.goto(url);
      await page.waitForTimeout(delay);
      await stopServiceWorker(context, probe, extensionId).catch(() => undefined);
      await navigation;
      counts.scanKills++;
      const report = await waitForReport(
        reportOf,
        page,
        (r) => r.url === url && JSON.stringify(sections(r)) === JSON.stringify(sections(baseline)),
      ).catch(async () => reportOf(page));
      expect(report && sections(report), `scan ${i} killed after ${delay} ms`).toEqual(sections(baseline));
      scanned.push(url);
    } else {
      // Kill while a site rule is being written.
      const site = `rule${i}.example`;
      const rule = random.pick(['reject-all', 'allow-all', 'leave-alone'] as const);
      const write = sendFromUi(probe, { type: 'site-rule:set', site, rule });
      await probe.waitForTimeout(delay % 40);
      await stopServiceWorker(context, page, extensionId).catch(() => undefined);
      // Once the background has answered (on a first or a re-sent try) the rule must be kept.
      await write;
      rules[site] = rule;
      counts.ruleKills++;
    }
    if (process.env.KILL_DEBUG) process.stderr.write(`${Date.now() - started} ms\n`);
  }

  const final = (await sendFromUi(probe, { type: 'prefs:get' })) as {
    consent: { allowed: string[]; siteRules: Record<string, string> };
  };
  expect(final.consent.allowed).toEqual(allowed);
  expect(final.consent.siteRules).toEqual(rules);
  const history = (await sendFromUi(probe, { type: 'history:get' })) as { url: string }[];
  const urls = history.map((h) => h.url);
  for (const url of scanned) expect(urls.filter((u) => u === url), url).toHaveLength(1);
  console.log(`[worker-kill] seed ${seed}: baseline`, sections(baseline), { ...counts, unanswered });
  expect(counts.scanKills + counts.ruleKills).toBe(KILLS);
  // Open pages keep connections to the fixture server, which would hold up its teardown.
  await page.close();
  await probe.close();
});

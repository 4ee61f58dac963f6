import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { serveDirectory } from '../../scripts/lib/static-server';
import type { PageReport } from '../../utils/report/schema';
import { DEFAULT_PREFERENCES } from '../../utils/storage/preferences';
import { jpegWithXmp, pngWithXmp, xmpPacket } from '../unit/provenance/make-images';
import { SHARED_EXPECTATIONS } from '../unit/provenance/shared-expectations';
import { expect, FIXTURE_PAGES, test, waitForReport } from './support/fixtures';

const DST = 'http://cv.iptc.org/newscodes/digitalsourcetype/';
const SHARED_IMAGES = resolve(import.meta.dirname, '../../../shared/fixtures/images');

// The first C2PA image makes the worker load and compile the 9 MB WASM: seconds on a busy 2-core machine.
test.describe.configure({ timeout: 240_000 });

/** Writes the generated page's images: a browser-encoded picture with XMP fields added by test code. */
async function writeGeneratedImages(page: Page, dir: string): Promise<void> {
  const [jpegUrl, pngUrl] = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 200;
    const g = canvas.getContext('2d')!;
    const gradient = g.createLinearGradient(0, 0, 320, 200);
    gradient.addColorStop(0, '#1d4e89');
    gradient.addColorStop(1, '#7fb7be');
    g.fillStyle = gradient;
    g.fillRect(0, 0, 320, 200);
    return [canvas.toDataURL('image/jpeg', 0.8), canvas.toDataURL('image/png')];
  });
  const jpeg = Buffer.from(jpegUrl.split(',')[1]!, 'base64');
  const png = Buffer.from(pngUrl.split(',')[1]!, 'base64');
  const files: Record<string, Uint8Array> = {
    'barrier-render.jpg': jpegWithXmp(xmpPacket({ digitalSourceType: `${DST}trainedAlgorithmicMedia` }), jpeg),
    'tide-chart.jpg': jpegWithXmp(xmpPacket({ tc260: { Label: '1', ContentProducer: 'E2E-PRODUCER', ProduceID: 'e2e-1' } }), jpeg),
    'promenade.jpg': jpegWithXmp(xmpPacket({ digitalSourceType: `https://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture`, iptcPrefix: 'ext' }), jpeg),
    'engineers.jpg': jpeg,
    'diagram.png': pngWithXmp(xmpPacket({ digitalSourceType: `${DST}compositeWithTrainedAlgorithmicMedia` }), png),
    'icon-render.jpg': jpegWithXmp(xmpPacket({ digitalSourceType: 'trainedAlgorithmicMedia' }), jpeg),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
}

const bySrc = (report: PageReport, name: string) => report.provenance?.find((r) => r.src.endsWith(`/${name}`));

/** The toolbar badge text of the tab showing `page`, asked of the service worker. */
async function toolbarCount(page: Page, serviceWorker: Worker): Promise<string> {
  return serviceWorker.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    return chrome.action.getBadgeText({ tabId: tab!.id! });
  }, page.url());
}

test('images with provenance metadata get findings and badges; the options switch turns reading off', async ({
  context,
  extensionId,
  serviceWorker,
  reportOf,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'candor-provenance-'));
  const server = await serveDirectory(FIXTURE_PAGES, { '/generated/': dir });
  try {
    const page = await context.newPage();
    await writeGeneratedImages(page, dir);
    await page.goto(server.url('/provenance/generated.html'));
    const report = await waitForReport(reportOf, page, (r) => r.url === page.url() && (r.provenance?.length ?? 0) >= 4, 60_000);

    const metadata = report.ai.filter((f) => f.evidence === 'metadata');
    expect(metadata.map((f) => f.target.src!.split('/').pop()).sort()).toEqual(['barrier-render.jpg', 'diagram.png', 'tide-chart.jpg']);
    expect(bySrc(report, 'barrier-render.jpg')).toMatchObject({
      verdict: 'ai',
      claim: 'IPTC metadata: created with a generative AI tool — unsigned file metadata',
      provenance: { standard: 'iptc', sourceType: `${DST}trainedAlgorithmicMedia`, valid: null },
    });
    expect(bySrc(report, 'tide-chart.jpg')?.provenance).toMatchObject({ standard: 'tc260', sourceType: 'tc260:1', generator: 'E2E-PRODUCER' });
    expect(bySrc(report, 'promenade.jpg')).toMatchObject({ verdict: 'not-ai', provenance: { sourceType: `${DST}digitalCapture` } });
    expect(bySrc(report, 'engineers.jpg')).toBeUndefined(); // no metadata: nothing to say
    expect(bySrc(report, 'icon-render.jpg')).toBeUndefined(); // below the size threshold: not read
    expect(await toolbarCount(page, serviceWorker)).toBe(String(report.ai.length));

    // Badges sit on the right images and say what the file claims: AI ones through the AI-label badge layer.
    await expect(page.locator('candor-ai-badges .badge[data-finding-id^="metadata:"]')).toHaveCount(3);
    const id = metadata.find((f) => f.target.src!.endsWith('/barrier-render.jpg'))!.id;
    const badge = page.locator(`candor-ai-badges .badge[data-finding-id="${id}"]`);
    await expect(badge).toBeVisible();
    await expect(badge).toHaveAttribute('aria-label', /IPTC metadata: created with a generative AI tool — unsigned file metadata/);
    const [badgeBox, imageBox] = [await badge.boundingBox(), await page.locator('#ai-jpeg').boundingBox()];
    expect(badgeBox!.x).toBeGreaterThanOrEqual(imageBox!.x);
    expect(badgeBox!.y).toBeGreaterThanOrEqual(imageBox!.y);
    expect(badgeBox!.y + badgeBox!.height).toBeLessThanOrEqual(imageBox!.y + imageBox!.height);
    const pill = page.locator('candor-provenance-badge[data-src$="/promenade.jpg"] span');
    await expect(pill).toBeVisible();
    await expect(pill).toHaveAttribute('aria-label', 'IPTC metadata: captured by a digital camera — unsigned file metadata');
    await expect(page.locator('candor-provenance-badge[data-src$="/promenade.jpg"]')).toHaveAttribute('data-verdict', 'not-ai');
    await expect(page.locator('candor-ai-badges .badge')).toHaveCount(3); // the page has no visible labels
    await expect(page.locator('candor-provenance-badge[data-src$="/engineers.jpg"]')).toHaveCount(0);

    // Switched off in the options: a reload reads nothing and shows no metadata badge.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const off = { ...DEFAULT_PREFERENCES, provenance: { enabled: false, minImagePx: 150 } };
    await options.evaluate((prefs) => chrome.runtime.sendMessage({ type: 'prefs:set', prefs }), off);
    await page.reload();
    await waitForReport(reportOf, page, (r) => r.url === page.url() && r.ai.length === 0);
    await page.waitForTimeout(1500); // longer than the feature's batching delay plus a check
    const after = await reportOf(page);
    expect(after?.provenance).toBeUndefined();
    await expect(page.locator('candor-provenance-badge, candor-ai-badges .badge')).toHaveCount(0);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the shared image set is classified as SOURCES.md says, through the extension', async ({ context, serviceWorker, reportOf }) => {
  test.skip(!existsSync(join(SHARED_IMAGES, 'SOURCES.md')), `shared images absent at ${SHARED_IMAGES}`);
  const server = await serveDirectory(FIXTURE_PAGES, { '/shared-images/': SHARED_IMAGES });
  try {
    const page = await context.newPage();
    await page.goto(server.url('/provenance/shared.html'));
    const withMetadata = Object.values(SHARED_EXPECTATIONS).filter(Boolean).length;
    const report = await waitForReport(
      reportOf, page, (r) => r.url === page.url() && (r.provenance?.length ?? 0) >= withMetadata, 90_000,
    );
    for (const [file, expected] of Object.entries(SHARED_EXPECTATIONS)) {
      const record = bySrc(report, file);
      if (expected === null) {
        expect(record, file).toBeUndefined();
        continue;
      }
      const { verdict, failure, ...provenance } = expected as typeof expected & { failure?: string };
      expect(record?.verdict, file).toBe(verdict);
      expect(record?.provenance, file).toMatchObject(provenance);
      if (failure) expect(record?.failures, file).toContain(failure);
      expect(record?.claim, file).not.toMatch(/verified/i);
      const badge = verdict === 'ai'
        ? page.locator(`candor-ai-badges .badge[data-finding-id="${record!.id}"]`)
        : page.locator(`candor-provenance-badge[data-verdict="${verdict}"][data-src$="/${file}"]`);
      await expect(badge, file).toHaveCount(1);
    }
    const aiFiles = Object.entries(SHARED_EXPECTATIONS).filter(([, e]) => e?.verdict === 'ai').map(([f]) => f);
    expect(report.ai.filter((f) => f.evidence === 'metadata').map((f) => f.target.src!.split('/').pop()).sort()).toEqual(aiFiles.sort());
    expect(await toolbarCount(page, serviceWorker)).toBe(String(report.ai.length));
    // Cost per image, as the background measured it (download + parse; the first C2PA read includes compiling the WASM).
    for (const r of report.provenance ?? []) console.log(`[provenance cost] ${r.src.split('/').pop()}: ${r.ms} ms, ${r.bytes} bytes`);
  } finally {
    await server.close();
  }
});

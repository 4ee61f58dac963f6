import type { Page } from '@playwright/test';
import { tabIdOf } from '../../scripts/lib/report-reader';
import { expect, test, waitForReport } from './support/fixtures';

/** The demo page's labelled items: four images and three stories (see demo-news/index.html). */
const LABELLED_IMAGES = ['harbour-turbines.svg', 'cable-ship.svg', 'card-summit.svg', 'card-ferry.svg'];
const LABELLED_STORIES = [
  'Energy ministers meet to plan a regional power market',
  '港口渡轮将在明年全面改用电力驱动',
  '沿海风电场上月发电量创下新纪录',
];

interface Box { x: number; y: number; width: number; height: number }

/** Boxes of the badges Candor drew in its shadow root, in page coordinates. */
function badgeBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const root = document.querySelector('candor-ai-badges')?.shadowRoot;
    return [...(root?.querySelectorAll<HTMLElement>('.badge') ?? [])]
      .map((b) => b.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height }));
  });
}

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
  });
  return box;
}

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1 && inner.y >= outer.y - 1 &&
  inner.x + inner.width <= outer.x + outer.width + 1 && inner.y + inner.height <= outer.y + outer.height + 1;

test('the demo page: article, badges on exactly the labelled items, banner rejected, popup', async ({
  context,
  extensionId,
  serviceWorker,
  server,
  reportOf,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('/demo-news/'));
  const report = await waitForReport(
    reportOf,
    page,
    (r) => r.article !== null && r.ai.length >= LABELLED_IMAGES.length + LABELLED_STORIES.length && r.consent !== null,
  );

  // Article and highlights.
  expect(report.article).toMatchObject({
    headline: 'Harbour cities agree to share offshore wind power through new undersea cable',
    byline: expect.stringContaining('Mei Lindqvist'),
    siteName: 'Tidewire News',
    lang: 'en',
  });
  expect(report.article!.highlights.length).toBeGreaterThanOrEqual(3);
  for (const { text } of report.article!.highlights) expect(report.article!.text).toContain(text);

  // Exactly the labelled items, nothing else.
  const images = report.ai.filter((f) => f.kind === 'image').map((f) => new URL(f.target.src!).pathname.split('/').pop());
  const stories = report.ai.filter((f) => f.kind === 'text').map((f) => f.target.headline);
  expect(images.sort()).toEqual([...LABELLED_IMAGES].sort());
  expect(stories.sort()).toEqual([...LABELLED_STORIES].sort());
  expect(report.ai.every((f) => ['AI 生成的图像', '由 AI 报道'].includes(f.phrase))).toBe(true);

  // A badge sits on each labelled image, and none on the unlabelled photo.
  const badges = await badgeBoxes(page);
  expect(badges).toHaveLength(LABELLED_IMAGES.length + LABELLED_STORIES.length);
  for (const name of LABELLED_IMAGES) {
    const image = await boxOf(page, `img[src$="${name}"]`);
    expect(badges.some((b) => inside(b, image)), `badge on ${name}`).toBe(true);
  }
  const unlabelled = await boxOf(page, 'img[src$="harbour-photo.svg"]');
  expect(badges.some((b) => inside(b, unlabelled))).toBe(false);

  // The banner was answered with 拒绝: its own cookie says so, and 接受 was never clicked.
  expect(report.consent).toMatchObject({ outcome: 'rejected', verified: true });
  const cookies = await context.cookies(page.url());
  expect(cookies.find((c) => c.name === 'tidewire_consent')?.value).toBe('rejected');
  expect(await page.evaluate(() => (window as { __tidewireAnalytics?: boolean }).__tidewireAnalytics)).toBeUndefined();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).not.toBe('hidden');
  await expect(page.locator('#cookie-banner')).toBeHidden();

  // The popup shows the same report.
  const tabId = await tabIdOf(serviceWorker, page.url());
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.getByText(report.article!.headline).first()).toBeVisible();
  await expect(popup.getByText(LABELLED_STORIES[0]!).first()).toBeVisible();
});

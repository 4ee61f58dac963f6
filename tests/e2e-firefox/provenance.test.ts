import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server';
import { jpegWithXmp, xmpPacket } from '../unit/provenance/make-images';
import { SHARED_EXPECTATIONS } from '../unit/provenance/shared-expectations';
import { FIXTURE_PAGES, waitForReport } from './support';

/**
 * Provenance in Firefox: the background page compiles the same c2pa-rs WASM (CSP 'wasm-unsafe-eval'
 * in the MV2 manifest) and reads the same images as in Chromium.
 */
const SHARED_IMAGES = resolve(import.meta.dirname, '../../../shared/fixtures/images');
const sharedPresent = existsSync(join(SHARED_IMAGES, 'SOURCES.md'));

describe('provenance metadata in Firefox', () => {
  let firefox: FirefoxWithExtension;
  let server: StaticServer;
  const dir = mkdtempSync(join(tmpdir(), 'candor-provenance-ff-'));

  before(async () => {
    server = await serveDirectory(FIXTURE_PAGES, { '/generated/': dir, ...(sharedPresent ? { '/shared-images/': SHARED_IMAGES } : {}) });
    firefox = await launchFirefoxWithExtension({ extensionDir: process.env.CANDOR_FIREFOX_EXTENSION_DIR });
  });
  after(async () => {
    await firefox?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an image whose XMP says generative AI becomes a metadata finding', async () => {
    const page = await firefox.browser.newPage();
    const jpegUrl = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 320;
      canvas.height = 200;
      canvas.getContext('2d')!.fillRect(0, 0, 320, 200);
      return canvas.toDataURL('image/jpeg');
    });
    const jpeg = Buffer.from(jpegUrl.split(',')[1]!, 'base64');
    writeFileSync(join(dir, 'barrier-render.jpg'), jpegWithXmp(xmpPacket({ digitalSourceType: 'trainedAlgorithmicMedia' }), jpeg));
    writeFileSync(join(dir, 'promenade.jpg'), jpegWithXmp(xmpPacket({ digitalSourceType: 'digitalCapture' }), jpeg));
    await page.goto(server.url('/provenance/generated.html'));
    const report = await waitForReport(firefox, page, (r) => r.url === page.url() && (r.provenance?.length ?? 0) >= 2, 30_000);
    assert.deepEqual(report.ai.filter((f) => f.evidence === 'metadata').map((f) => f.target.src?.split('/').pop()), ['barrier-render.jpg']);
    assert.equal(report.provenance?.find((r) => r.src.endsWith('/promenade.jpg'))?.verdict, 'not-ai');
    await page.close();
  });

  it('the shared set is classified as SOURCES.md says (C2PA through WASM)', { skip: sharedPresent ? false : `shared images absent at ${SHARED_IMAGES}` }, async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/provenance/shared.html'));
    const expected = Object.entries(SHARED_EXPECTATIONS);
    const report = await waitForReport(
      firefox, page, (r) => r.url === page.url() && (r.provenance?.length ?? 0) >= expected.filter(([, e]) => e).length, 60_000,
    );
    for (const [file, facts] of expected) {
      const record = report.provenance?.find((r) => r.src.endsWith(`/${file}`));
      assert.equal(record?.verdict, facts?.verdict, file);
    }
    await page.close();
  });
});

// @vitest-environment node
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createC2paReader } from '@/utils/provenance/c2pa-reader';
import { readImageProvenance } from '@/utils/provenance/read-image';
import { SHARED_EXPECTATIONS } from './shared-expectations';

/**
 * The 13 shared images (../shared/fixtures/images, SOURCES.md) read by the same code as in the
 * extension, with the real c2pa-rs WASM. A user's clone has no ../shared: then this suite is skipped
 * with a message, and the generated-fixture tests still cover every branch.
 */
const DIR = resolve(import.meta.dirname, '../../../../shared/fixtures/images');
const present = existsSync(resolve(DIR, 'SOURCES.md'));
if (!present) console.warn(`[provenance] skipping the shared-image test: ${DIR} is absent`);


describe.skipIf(!present)('the shared image set, classified as SOURCES.md says', () => {
  const wasm = createRequire(import.meta.url).resolve('@contentauth/c2pa-wasm/c2pa.wasm');
  const readC2pa = createC2paReader(() => readFile(wasm));

  it.each(Object.entries(SHARED_EXPECTATIONS))('%s', async (file, expected) => {
    const claim = await readImageProvenance(new Uint8Array(await readFile(resolve(DIR, file))), readC2pa);
    if (expected === null) return expect(claim).toBeNull();
    const { verdict, failure, ...provenance } = expected as typeof expected & { failure?: string };
    expect(claim?.verdict).toBe(verdict);
    expect(claim?.provenance).toMatchObject(provenance);
    if (failure) expect(claim?.failures).toContain(failure);
    if (verdict === 'invalid') expect(claim?.claim).toMatch(/invalid/);
    expect(claim?.claim).not.toMatch(/verified/i);
  }, 20_000);
});

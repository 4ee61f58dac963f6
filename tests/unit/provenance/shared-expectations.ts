/** Expected facts of ../shared/fixtures/images (from its SOURCES.md), for the unit and E2E tests. */
const DST = 'http://cv.iptc.org/newscodes/digitalsourcetype/';
export const SHARED_EXPECTATIONS = {
  'c2pa-ai-firefly-trained.jpg': { verdict: 'ai', standard: 'c2pa', sourceType: `${DST}trainedAlgorithmicMedia`, signer: 'Adobe Inc.', valid: true },
  'c2pa-ai-composite-photoshop.jpg': { verdict: 'ai', standard: 'c2pa', sourceType: `${DST}compositeWithTrainedAlgorithmicMedia`, signer: 'Adobe Inc.', valid: true, ingredientAI: true },
  'c2pa-algorithmic-not-genai.jpg': { verdict: 'not-ai', standard: 'c2pa', sourceType: `${DST}algorithmicMedia`, signer: 'C2PA Test Signing Cert', valid: true },
  'c2pa-digitalcapture-testsigned.jpg': { verdict: 'not-ai', standard: 'c2pa', sourceType: `${DST}digitalCapture`, valid: true },
  'c2pa-photo-no-dst-digimarc.jpg': { verdict: 'unknown', standard: 'c2pa', sourceType: null, valid: true },
  'c2pa-invalid-datahash.jpg': { verdict: 'invalid', standard: 'c2pa', valid: false, failure: 'assertion.dataHash.mismatch' },
  'c2pa-invalid-expired-cert.jpg': { verdict: 'invalid', standard: 'c2pa', valid: false, failure: 'signingCredential.expired' },
  'xmp-iptc-ref-softwareImage.jpg': { verdict: 'not-ai', standard: 'iptc', sourceType: `${DST}softwareImage`, valid: null },
  'xmp-dst-digitalcapture.jpg': { verdict: 'not-ai', standard: 'iptc', sourceType: `${DST}digitalCapture`, valid: null },
  'xmp-dst-trained-derived.jpg': { verdict: 'ai', standard: 'iptc', sourceType: `${DST}trainedAlgorithmicMedia`, valid: null },
  'xmp-tc260-aigc-derived.jpg': { verdict: 'ai', standard: 'tc260', sourceType: 'tc260:1', valid: null },
  'no-metadata.jpg': null,
  'no-metadata.png': null,
} as const;

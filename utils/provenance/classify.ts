import type { Provenance, ProvenanceRecord } from '../report/schema';
import type { C2paFacts } from './c2pa-manifest';
import { isAiSourceType, type SourceType } from './source-types';
import type { XmpMarkers } from './xmp';

/** What one image's metadata says, before it is tied to a page (id, src, cost). */
export type ProvenanceClaim = Pick<ProvenanceRecord, 'verdict' | 'claim' | 'provenance' | 'failures' | 'remoteManifest'>;

export interface ProvenanceInputs {
  c2pa: C2paFacts | null;
  xmp: XmpMarkers | null;
  /** A remote manifest URL c2pa-rs reported instead of reading it (fetching is off). */
  remoteManifest?: string | null;
}

const describe = (type: SourceType | null, fallback: string) => type?.entry?.claim ?? (type ? `source type "${type.term}"` : fallback);

function signatureText(c2pa: C2paFacts): string {
  if (c2pa.valid) return c2pa.trusted ? 'signature valid, trusted signer' : 'signature valid';
  if (c2pa.failures.some((code) => code.includes('expired'))) return 'signature invalid: certificate expired';
  return `signature invalid${c2pa.failures[0] ? ` (${c2pa.failures[0]})` : ''}`;
}

function fromC2pa(c2pa: C2paFacts, remoteManifest: string | null): ProvenanceClaim {
  const provenance: Provenance = {
    standard: 'c2pa',
    sourceType: (c2pa.sourceType ?? c2pa.ingredientSourceType)?.uri ?? null,
    generator: c2pa.generator,
    signer: c2pa.signer,
    valid: c2pa.valid,
    ingredientAI: c2pa.ingredientAI,
  };
  const base = { provenance, failures: c2pa.failures, remoteManifest };
  // A manifest that fails validation is reported as invalid whatever it claims: its claims cannot be relied on.
  if (!c2pa.valid) {
    return { ...base, verdict: 'invalid', claim: `Content Credentials: ${signatureText(c2pa)} — its claims cannot be relied on` };
  }
  const signature = signatureText(c2pa);
  if (isAiSourceType(c2pa.sourceType)) {
    return { ...base, verdict: 'ai', claim: `Content Credentials: ${describe(c2pa.sourceType, '')} — ${signature}` };
  }
  if (c2pa.ingredientAI) {
    return {
      ...base,
      verdict: 'ai',
      claim: `Content Credentials: edited from an image ${describe(c2pa.ingredientSourceType, '')} — ${signature}`,
    };
  }
  if (c2pa.sourceType?.entry) {
    return { ...base, verdict: 'not-ai', claim: `Content Credentials: ${c2pa.sourceType.entry.claim} — ${signature}` };
  }
  return {
    ...base,
    verdict: 'unknown',
    claim: `Content Credentials: ${describe(c2pa.sourceType, 'no statement about how it was made')} — ${signature}`,
  };
}

function fromXmp(xmp: XmpMarkers, remoteManifest: string | null): ProvenanceClaim | null {
  const common = { failures: [], remoteManifest, };
  if (xmp.tc260) {
    return {
      ...common,
      verdict: xmp.tc260.ai ? 'ai' : 'unknown',
      claim: `AIGC label (GB 45438): ${xmp.tc260.claim} — unsigned file metadata`,
      provenance: {
        standard: 'tc260', sourceType: `tc260:${xmp.tc260.label}`, generator: xmp.tc260.producer,
        signer: null, valid: null, ingredientAI: false,
      },
    };
  }
  if (!xmp.sourceType && !xmp.rawSourceType) return null;
  const provenance: Provenance = {
    standard: 'iptc', sourceType: xmp.sourceType?.uri ?? xmp.rawSourceType, generator: xmp.creatorTool,
    signer: null, valid: null, ingredientAI: false,
  };
  const verdict = isAiSourceType(xmp.sourceType) ? 'ai' : xmp.sourceType?.entry ? 'not-ai' : 'unknown';
  const what = describe(xmp.sourceType, `source type "${xmp.rawSourceType}"`);
  return { ...common, verdict, provenance, claim: `IPTC metadata: ${what} — unsigned file metadata` };
}

/**
 * Combines the markers of one image. Signed C2PA comes first; unsigned XMP (TC260, IPTC) decides
 * only when there is no valid C2PA claim about AI, and an invalid manifest is never outvoted.
 * Returns null when the image carries no provenance at all.
 */
export function classifyProvenance({ c2pa, xmp, remoteManifest = null }: ProvenanceInputs): ProvenanceClaim | null {
  const remote = remoteManifest ?? xmp?.remoteManifest ?? null;
  const signed = c2pa ? fromC2pa(c2pa, remote) : null;
  if (signed && (signed.verdict === 'ai' || signed.verdict === 'invalid')) return signed;
  const unsigned = xmp ? fromXmp(xmp, remote) : null;
  if (unsigned?.verdict === 'ai') return unsigned;
  if (signed) return signed;
  if (unsigned) return unsigned;
  if (remote) {
    return {
      verdict: 'unknown',
      claim: `Content Credentials stored remotely (${hostOf(remote)}) — not fetched`,
      provenance: { standard: 'c2pa', sourceType: null, generator: null, signer: null, valid: null, ingredientAI: false },
      failures: [],
      remoteManifest: remote,
    };
  }
  return null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'another server';
  }
}

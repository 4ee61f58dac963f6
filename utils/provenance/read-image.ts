import { classifyProvenance, type ProvenanceClaim } from './classify';
import type { ReadC2pa } from './c2pa-reader';
import { hasProvenanceMarkers, sniffFormat } from './prefilter';
import { readXmpMarkers } from './xmp';

/**
 * Reads every provenance marker of one image's bytes. The prefilter skips the parsers for the
 * common case (no XMP packet, no JUMBF), and C2PA is read only when JUMBF/c2pa bytes are present.
 * Returns null for an image without provenance or in a format Candor does not read.
 */
export async function readImageProvenance(bytes: Uint8Array, readC2pa: ReadC2pa): Promise<ProvenanceClaim | null> {
  const format = sniffFormat(bytes);
  if (!format) return null;
  const markers = hasProvenanceMarkers(bytes);
  if (!markers.c2pa && !markers.xmp) return null;
  const [xmp, c2pa] = await Promise.all([
    markers.xmp ? readXmpMarkers(bytes) : null,
    markers.c2pa ? readC2pa(format, bytes) : { facts: null, remoteManifest: null },
  ]);
  return classifyProvenance({ c2pa: c2pa.facts, xmp, remoteManifest: c2pa.remoteManifest });
}

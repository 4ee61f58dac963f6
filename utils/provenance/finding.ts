import type { AiFinding, ProvenanceRecord } from '../report/schema';

/** The `ai[]` finding of an image whose metadata claims AI (evidence 'metadata'). */
export function findingOf(record: ProvenanceRecord): AiFinding {
  return {
    id: record.id,
    kind: 'image',
    evidence: 'metadata',
    phrase: record.claim,
    lang: null,
    target: { src: record.src },
    provenance: record.provenance,
  };
}

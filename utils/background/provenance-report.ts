import { findingOf } from '../provenance/finding';
import type { PageReport, ProvenanceRecord } from '../report/schema';

/**
 * Merges provenance records into a tab's report. Records are keyed by id (one per image URL);
 * only 'ai' records become `ai[]` findings (evidence 'metadata'), so credentials that say "camera"
 * or "not AI", and invalid manifests, never raise the toolbar count. Findings carrying a
 * `provenance` object belong to this merge; the content script's label findings are left as they are.
 */
export function mergeProvenance(report: PageReport, records: ProvenanceRecord[]): PageReport {
  if (records.length === 0) return report;
  const byId = new Map((report.provenance ?? []).map((r) => [r.id, r]));
  for (const record of records) byId.set(record.id, record);
  const provenance = [...byId.values()];
  const labelFindings = report.ai.filter((finding) => !finding.provenance);
  const metadataFindings = provenance.filter((r) => r.verdict === 'ai').map(findingOf);
  return { ...report, provenance, ai: [...labelFindings, ...metadataFindings] };
}

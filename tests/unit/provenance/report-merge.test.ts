import { describe, expect, it } from 'vitest';
import { mergeProvenance } from '@/utils/background/provenance-report';
import { updateReport } from '@/utils/background/report-update';
import { emptyReport, PageReportSchema, type AiFinding, type ProvenanceRecord } from '@/utils/report/schema';
import { PreferencesSchema } from '@/utils/storage/preferences';

const record = (id: string, verdict: ProvenanceRecord['verdict']): ProvenanceRecord => ({
  id, src: `https://img.example/${id}.jpg`, verdict, claim: `claim ${id}`, failures: [], remoteManifest: null, bytes: 10, ms: 1,
  provenance: { standard: 'c2pa', sourceType: null, generator: null, signer: null, valid: verdict !== 'invalid', ingredientAI: false },
});
const label: AiFinding = { id: 'label-1', kind: 'image', evidence: 'label', phrase: 'AI 生成的图像', lang: 'zh', target: { src: 'https://img.example/l.jpg' } };

describe('merging metadata findings into the report', () => {
  it('puts only AI records into ai[], keeps all records for the popup, and validates', () => {
    const report = mergeProvenance(emptyReport('https://news.example/', 'News'), [
      record('a', 'ai'), record('b', 'not-ai'), record('c', 'unknown'), record('d', 'invalid'),
    ]);
    expect(report.ai.map((f) => f.id)).toEqual(['a']);
    expect(report.ai[0]).toMatchObject({ evidence: 'metadata', kind: 'image', phrase: 'claim a', target: { src: 'https://img.example/a.jpg' } });
    expect(report.provenance?.map((r) => r.verdict)).toEqual(['ai', 'not-ai', 'unknown', 'invalid']);
    expect(PageReportSchema.parse(report)).toEqual(report);
  });

  it('neither side overwrites the other: ai:found keeps metadata findings, merges keep label findings', () => {
    let report = updateReport(null, { type: 'page:start', url: 'https://news.example/', title: 'News' });
    report = updateReport(report, { type: 'ai:found', findings: [label] });
    report = mergeProvenance(report, [record('a', 'ai')]);
    expect(report.ai.map((f) => f.id)).toEqual(['label-1', 'a']);
    report = updateReport(report, { type: 'ai:found', findings: [label, { ...label, id: 'label-2' }] });
    expect(report.ai.map((f) => f.id)).toEqual(['label-1', 'label-2', 'a']);
    report = mergeProvenance(report, [record('a', 'ai'), record('e', 'ai')]);
    expect(report.ai.map((f) => f.id)).toEqual(['label-1', 'label-2', 'a', 'e']);
  });

  it('drops a metadata finding forged by a content script', () => {
    const forged = { ...label, id: 'forged', evidence: 'metadata' as const, provenance: record('x', 'ai').provenance };
    const report = updateReport(emptyReport('https://news.example/', 'News'), { type: 'ai:found', findings: [forged, label] });
    expect(report.ai.map((f) => f.id)).toEqual(['label-1']);
  });

  it('a new page starts without the old page’s records', () => {
    const report = mergeProvenance(emptyReport('https://news.example/', 'News'), [record('a', 'ai')]);
    const next = updateReport(report, { type: 'page:start', url: 'https://news.example/2', title: 'Next' });
    expect(next.ai).toEqual([]);
    expect(next.provenance).toBeUndefined();
  });

  it('older stored preferences without the provenance switch still parse, with reading on', () => {
    const old = { consent: { allowed: [], siteRules: {}, globalPrivacyControl: true }, badges: { enabled: true, minImagePx: 48, disabledSites: [] } };
    expect(PreferencesSchema.parse(old).provenance).toEqual({ enabled: true, minImagePx: 150 });
  });
});

import { z } from 'zod';
import { ConsentCategorySchema } from '../storage/preferences';

/**
 * The page report: Candor's public contract (schemaVersion 1), exported by the popup and the
 * scan CLI and documented in the README. Later versions may add fields, never rename these.
 */
export const HighlightSchema = z.object({
  text: z.string(),
  /** 'extractive' sentences are verbatim from the article; 'summarizer' ones are machine-written. */
  source: z.enum(['extractive', 'summarizer']).optional(),
});

export const ArticleSchema = z.object({
  headline: z.string(),
  byline: z.string().nullable(),
  publishedAt: z.string().nullable(),
  siteName: z.string().nullable(),
  lang: z.string().nullable(),
  text: z.string(),
  wordCount: z.number().int().nonnegative(),
  readingMinutes: z.number().int().nonnegative(),
  highlights: z.array(HighlightSchema),
});

export const AiKindSchema = z.enum(['image', 'text', 'video', 'audio']);
export const AiEvidenceSchema = z.enum(['label', 'alt', 'caption', 'metadata']);

/** What an image's own metadata claims (C2PA Content Credentials, IPTC digital source type, TC260 AIGC). */
export const ProvenanceSchema = z.object({
  standard: z.enum(['c2pa', 'iptc', 'tc260']),
  /** Normalised digital source type URI (or the TC260 label as `tc260:<Label>`); null when none is stated. */
  sourceType: z.string().max(300).nullable(),
  generator: z.string().max(200).nullable(),
  signer: z.string().max(200).nullable(),
  /** Signature and hashes check out (C2PA only; null for unsigned XMP). Never implies a trusted signer. */
  valid: z.boolean().nullable(),
  /** An ingredient (a source the image was edited from) declares generative AI. */
  ingredientAI: z.boolean(),
});

export const AiFindingSchema = z.object({
  id: z.string().min(1),
  kind: AiKindSchema,
  evidence: AiEvidenceSchema,
  phrase: z.string(),
  lang: z.string().nullable(),
  target: z.object({
    src: z.url().optional(),
    headline: z.string().max(160).optional(),
  }),
  /** Present on `evidence: 'metadata'` findings: the claim read from the file. */
  provenance: ProvenanceSchema.optional(),
});

/**
 * Every image whose metadata was read and said something (AI or not, valid or not). Only 'ai'
 * records also become `ai[]` findings; the rest are here for the popup's details view.
 */
export const ProvenanceRecordSchema = z.object({
  id: z.string().min(1),
  src: z.url(),
  verdict: z.enum(['ai', 'not-ai', 'unknown', 'invalid']),
  /** The badge sentence, e.g. "Content Credentials: created with a generative AI tool — signature valid". */
  claim: z.string().max(300),
  provenance: ProvenanceSchema,
  /** Validation failure codes (C2PA), e.g. assertion.dataHash.mismatch. */
  failures: z.array(z.string().max(100)).max(20),
  /** A C2PA manifest stored elsewhere: reported, never fetched without consent. */
  remoteManifest: z.string().max(2048).nullable(),
  /** Cost of reading this image: bytes downloaded (0 when cached) and milliseconds. */
  bytes: z.number().int().nonnegative(),
  ms: z.number().nonnegative(),
});

export const ConsentOutcomeSchema = z.enum([
  'rejected',
  'custom',
  'accepted',
  'hidden',
  'wall',
  'none',
  'failed',
]);

export const ConsentResultSchema = z.object({
  cmp: z.string().nullable(),
  method: z.string(),
  outcome: ConsentOutcomeSchema,
  verified: z.boolean(),
  ms: z.number().nonnegative().nullable(),
  /** Categories the answer allowed besides necessary ([] = rejected all); absent when not known. */
  categories: z.array(ConsentCategorySchema).optional(),
  /** Which engine layer produced the result: 'platform' (known CMPs) or 'heuristic' (home-made). */
  layer: z.string().max(40).optional(),
});

export const PageReportSchema = z.object({
  schemaVersion: z.literal(1),
  url: z.string(),
  title: z.string(),
  scannedAt: z.string(),
  article: ArticleSchema.nullable(),
  ai: z.array(AiFindingSchema),
  consent: ConsentResultSchema.nullable(),
  /** Images with machine-readable provenance (see ProvenanceRecordSchema); absent before any was read. */
  provenance: z.array(ProvenanceRecordSchema).optional(),
});

export type Highlight = z.infer<typeof HighlightSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type AiFinding = z.infer<typeof AiFindingSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type ProvenanceRecord = z.infer<typeof ProvenanceRecordSchema>;
export type ConsentResult = z.infer<typeof ConsentResultSchema>;
export type PageReport = z.infer<typeof PageReportSchema>;

export function emptyReport(url: string, title: string, now = new Date()): PageReport {
  return { schemaVersion: 1, url, title, scannedAt: now.toISOString(), article: null, ai: [], consent: null };
}

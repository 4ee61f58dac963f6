import * as z from 'zod/mini';
import { ConsentCategorySchema } from '../storage/preferences';

/**
 * The page report: Candor's public contract (schemaVersion 1), exported by the popup and the
 * scan CLI and documented in the README. Later versions may add fields, never rename these.
 */
export const HighlightSchema = z.object({
  text: z.string(),
  /** 'extractive' sentences are verbatim from the article; 'summarizer' ones are machine-written. */
  source: z.optional(z.enum(['extractive', 'summarizer'])),
});

export const ArticleSchema = z.object({
  headline: z.string(),
  byline: z.nullable(z.string()),
  publishedAt: z.nullable(z.string()),
  siteName: z.nullable(z.string()),
  lang: z.nullable(z.string()),
  text: z.string(),
  wordCount: z.int().check(z.nonnegative()),
  readingMinutes: z.int().check(z.nonnegative()),
  highlights: z.array(HighlightSchema),
});

export const AiKindSchema = z.enum(['image', 'text', 'video', 'audio']);
export const AiEvidenceSchema = z.enum(['label', 'alt', 'caption', 'metadata']);

/** What an image's own metadata claims (C2PA Content Credentials, IPTC digital source type, TC260 AIGC). */
export const ProvenanceSchema = z.object({
  standard: z.enum(['c2pa', 'iptc', 'tc260']),
  /** Normalised digital source type URI (or the TC260 label as `tc260:<Label>`); null when none is stated. */
  sourceType: z.nullable(z.string().check(z.maxLength(300))),
  generator: z.nullable(z.string().check(z.maxLength(200))),
  signer: z.nullable(z.string().check(z.maxLength(200))),
  /** Signature and hashes check out (C2PA only; null for unsigned XMP). Never implies a trusted signer. */
  valid: z.nullable(z.boolean()),
  /** An ingredient (a source the image was edited from) declares generative AI. */
  ingredientAI: z.boolean(),
});

export const AiFindingSchema = z.object({
  id: z.string().check(z.minLength(1)),
  kind: AiKindSchema,
  evidence: AiEvidenceSchema,
  phrase: z.string(),
  lang: z.nullable(z.string()),
  target: z.object({
    src: z.optional(z.url()),
    headline: z.optional(z.string().check(z.maxLength(160))),
  }),
  /** Present on `evidence: 'metadata'` findings: the claim read from the file. */
  provenance: z.optional(ProvenanceSchema),
});

/**
 * Every image whose metadata was read and said something (AI or not, valid or not). Only 'ai'
 * records also become `ai[]` findings; the rest are here for the popup's details view.
 */
export const ProvenanceRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  src: z.url(),
  verdict: z.enum(['ai', 'not-ai', 'unknown', 'invalid']),
  /** The badge sentence, e.g. "Content Credentials: created with a generative AI tool — signature valid". */
  claim: z.string().check(z.maxLength(300)),
  provenance: ProvenanceSchema,
  /** Validation failure codes (C2PA), e.g. assertion.dataHash.mismatch. */
  failures: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(20)),
  /** A C2PA manifest stored elsewhere: reported, never fetched without consent. */
  remoteManifest: z.nullable(z.string().check(z.maxLength(2048))),
  /** Cost of reading this image: bytes downloaded (0 when cached) and milliseconds. */
  bytes: z.int().check(z.nonnegative()),
  ms: z.number().check(z.nonnegative()),
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
  cmp: z.nullable(z.string()),
  method: z.string(),
  outcome: ConsentOutcomeSchema,
  verified: z.boolean(),
  ms: z.nullable(z.number().check(z.nonnegative())),
  /** Categories the answer allowed besides necessary ([] = rejected all); absent when not known. */
  categories: z.optional(z.array(ConsentCategorySchema)),
  /** Which engine layer produced the result: 'platform' (known CMPs) or 'heuristic' (home-made). */
  layer: z.optional(z.string().check(z.maxLength(40))),
});

export const PageReportSchema = z.object({
  schemaVersion: z.literal(1),
  url: z.string(),
  title: z.string(),
  scannedAt: z.string(),
  article: z.nullable(ArticleSchema),
  ai: z.array(AiFindingSchema),
  consent: z.nullable(ConsentResultSchema),
  /** Images with machine-readable provenance (see ProvenanceRecordSchema); absent before any was read. */
  provenance: z.optional(z.array(ProvenanceRecordSchema)),
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

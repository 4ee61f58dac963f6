import * as z from 'zod/mini';
import { AiFindingSchema, ArticleSchema, ConsentResultSchema, PageReportSchema, ProvenanceRecordSchema } from '../report/schema';
import { PreferencesSchema, SiteRuleSchema } from '../storage/preferences';
import { CONTENT_MODULES } from '../content/module-names';
import { COPY_CHUNK_CHARS, MAX_COPY_CHUNKS, MAX_PAGE_HTML } from './values';

/**
 * Every message between Candor's contexts, one zod union per direction (named like Dark Reader's
 * CStoBG / UItoBG). Receivers parse with these schemas and drop anything else with a logged reason:
 * a content script lives in a hostile page, so its payloads are data to check, never to trust.
 *
 * Where zod checks: wherever data enters Candor from somewhere untrusted or persistent — messages
 * from content scripts and extension pages (handlers.ts parses every one), storage, imports, the
 * offscreen document's answers. Candor's own *answers* to a content script are checked against their
 * answer schemas below by the background before it sends them (background/answer.ts: a malformed
 * answer is logged and never sent), not parsed again in every frame of every page: the always-on
 * content script imports only the types of this module (its plain values are in values.ts), so it
 * carries no zod. The content modules injected on demand (consent engine, AI labels, reader) may
 * still parse what they receive.
 */

const COPY_ID = z.string().check(z.regex(/^[a-z0-9]{1,32}$/));

/** Content script → background. Each message replaces one section of the sender tab's report. */
export const ContentToBackgroundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page:start'), url: z.string(), title: z.string() }),
  z.object({ type: z.literal('article:found'), article: z.nullable(ArticleSchema) }),
  z.object({ type: z.literal('ai:found'), findings: z.array(AiFindingSchema) }),
  z.object({ type: z.literal('consent:result'), consent: ConsentResultSchema }),
  /** A Candor feature failed in the page (caught, never thrown into it): kept in the bounded error log. */
  z.object({
    type: z.literal('error:report'),
    feature: z.string().check(z.maxLength(100)),
    message: z.string().check(z.maxLength(500)),
    stack: z.optional(z.string().check(z.maxLength(2000))),
  }),
  /**
   * Asks the background to read the metadata of images the page loaded (answered with
   * ProvenanceCheckResponseSchema). The background merges what it finds into the report itself,
   * so a page cannot forge metadata findings and `ai:found` cannot overwrite them.
   */
  z.object({
    type: z.literal('provenance:check'),
    pageUrl: z.string().check(z.maxLength(4096)),
    images: z
      .array(z.object({ src: z.string().check(z.maxLength(4096)), size: z.int().check(z.nonnegative()) }))
      .check(z.maxLength(100)),
  }),
  /**
   * One part of the top frame's HTML copy (`copy`: its id, new for each copy), for the article to be
   * read off the page's main thread; the background keeps it for the sending document (answered with
   * ArticleChunkAnswerSchema).
   */
  z.object({
    type: z.literal('article:chunk'),
    copy: COPY_ID,
    index: z.int().check(z.nonnegative(), z.lte(MAX_COPY_CHUNKS - 1)),
    count: z.int().check(z.positive(), z.lte(MAX_COPY_CHUNKS)),
    html: z.string().check(z.maxLength(COPY_CHUNK_CHARS)),
  }),
  /**
   * Reads the article from the sender's copy once its `count` chunks were sent (answered with
   * ArticleExtractAnswerSchema).
   */
  z.object({
    type: z.literal('article:extract'),
    url: z.string().check(z.maxLength(4096)),
    copy: COPY_ID,
    count: z.int().check(z.positive(), z.lte(MAX_COPY_CHUNKS)),
  }),
  /** Injects one content module (module-names.ts) into the sender's frame; answered with true once it ran. */
  z.object({ type: z.literal('module:load'), name: z.enum(CONTENT_MODULES) }),
  /**
   * What every frame's content script needs before it starts (answered with FrameSetupAnswerSchema):
   * the person's preferences and what its consent prefilter looks for. Asked at document_start by
   * the prehide script (content/frame-setup.ts), so a stopped worker starts while the page parses.
   */
  z.object({ type: z.literal('frame:setup'), url: z.string().check(z.maxLength(4096)) }),
  // Consent engine requests the background answers (they change no report; see consent-platforms.ts):
  /** The registrable domain of a host (site rules are keyed by it), answered with a string or null. */
  z.object({ type: z.literal('site:registrable'), host: z.string().check(z.maxLength(253)) }),
  /** autoconsent's `init`: answered with the catalogue's compact rules filtered for this URL and frame. */
  z.object({ type: z.literal('autoconsent:init'), url: z.string().check(z.maxLength(4096)) }),
  /**
   * Runs one *named* function in the sender frame's main world (scripting.executeScript world MAIN):
   * an autoconsent eval snippet, or a Candor platform call. Never code: only names from the tables.
   */
  z.object({
    type: z.literal('consent:main-world'),
    call: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('snippet'), id: z.string().check(z.regex(/^EVAL_[A-Z0-9_]+$/)) }),
      z.object({
        kind: z.literal('platform'),
        platform: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
        op: z.enum(['apply', 'read']),
        /** For 'apply': the platform's own item ids to grant (decided in the content script); [] = reject all. */
        grant: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(200)),
      }),
    ]),
  }),
]);

/** Consent-engine messages that ask the background a question instead of updating the tab's report. */
export const CONTENT_REQUEST_TYPES = ['autoconsent:init', 'consent:main-world', 'site:registrable'] as const;
export type ContentRequest = Extract<ContentToBackground, { type: (typeof CONTENT_REQUEST_TYPES)[number] }>;
export type ArticleExtractRequest = Extract<ContentToBackground, { type: 'article:extract' }>;
export type ArticleChunk = Extract<ContentToBackground, { type: 'article:chunk' }>;
export type ModuleLoadRequest = Extract<ContentToBackground, { type: 'module:load' }>;
export type FrameSetupRequest = Extract<ContentToBackground, { type: 'frame:setup' }>;
export type ContentReportMessage = Exclude<
  ContentToBackground,
  ContentRequest | ArticleExtractRequest | ArticleChunk | ModuleLoadRequest | FrameSetupRequest
>;
export function isContentRequest(message: ContentToBackground): message is ContentRequest {
  return (CONTENT_REQUEST_TYPES as readonly string[]).includes(message.type);
}

/** Extension pages (popup, options) → background. */
export const UiToBackgroundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('report:get'), tabId: z.int().check(z.nonnegative()) }),
  z.object({ type: z.literal('history:get') }),
  z.object({ type: z.literal('history:clear') }),
  /** "Clear all data": preferences, site rules, history and repair backups. */
  z.object({ type: z.literal('data:clear') }),
  z.object({ type: z.literal('prefs:get') }),
  z.object({ type: z.literal('prefs:set'), prefs: PreferencesSchema }),
  /** `site` is a registrable domain (example.co.uk), as the consent engine looks rules up by it. */
  z.object({ type: z.literal('site-rule:set'), site: z.string().check(z.minLength(1), z.maxLength(253)), rule: SiteRuleSchema }),
]);

/** Extension pages → a tab's content script (browser.tabs.sendMessage). */
export const UiToContentSchema = z.discriminatedUnion('type', [
  /** Scroll to an AI finding's item and highlight its badge ("Show on page"). */
  z.object({ type: z.literal('ai:reveal'), id: z.string().check(z.minLength(1)) }),
]);

/**
 * Background → offscreen document (Chromium), which has the DOM a service worker lacks. It also
 * receives every other runtime message, and answers only these.
 */
export const BackgroundToOffscreenSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('offscreen:article'), url: z.string().check(z.maxLength(4096)), html: z.string().check(z.maxLength(MAX_PAGE_HTML)) }),
]);
export const OFFSCREEN_MESSAGE_PREFIX = 'offscreen:';

export const ReportResponseSchema = z.nullable(PageReportSchema);

/**
 * The answer to `article:extract` and `offscreen:article`: the article (null: not an article page),
 * or that it could not be read there, so the page reads it itself. `lost`: the background does not
 * hold the whole copy (its worker was stopped between the chunks), so the page sends them again.
 */
export const ArticleExtractAnswerSchema = z.discriminatedUnion('read', [
  z.object({ read: z.literal(true), article: z.nullable(ArticleSchema) }),
  z.object({ read: z.literal(false), lost: z.optional(z.literal(true)) }),
]);
/**
 * The answer to `article:chunk`: whether it is kept (not from a subframe, within the copy's bounds).
 * A copy lost later (a stopped worker) is told by the `article:extract` answer.
 */
export const ArticleChunkAnswerSchema = z.boolean();
export type ArticleExtractAnswer = z.infer<typeof ArticleExtractAnswerSchema>;

/** The background's answer to `consent:main-world`: the call's value, or that it could not run. */
export const MainWorldAnswerSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false) }),
]);
/** The background's answer to `autoconsent:init`: autoconsent's RuleBundle (compact rules), checked for shape. */
export const AutoconsentRulesAnswerSchema = z.object({
  autoconsent: z.array(z.unknown()),
  compact: z.optional(z.looseObject({ v: z.number(), s: z.array(z.string()), r: z.array(z.unknown()) })),
});
/** The background's answer to `site:registrable`: the host's registrable domain (null for IPs, localhost…). */
export const RegistrableDomainAnswerSchema = z.nullable(z.string());
/**
 * `selectors`: every known platform's banner or container that may show in the frame;
 * `frameCmp`: the frame itself is a platform's consent frame (by its URL), so the engine is needed now.
 */
export const ConsentProbeAnswerSchema = z.object({ selectors: z.array(z.string()), frameCmp: z.boolean() });
export type ConsentProbeAnswer = z.infer<typeof ConsentProbeAnswerSchema>;
/** The background's answer to `frame:setup`: the stored preferences (salvaged) and the frame's consent probe. */
export const FrameSetupAnswerSchema = z.object({ prefs: PreferencesSchema, consent: ConsentProbeAnswerSchema });
export type FrameSetupAnswer = z.infer<typeof FrameSetupAnswerSchema>;
export const ModuleLoadAnswerSchema = z.boolean();
export const ProvenanceCheckResponseSchema = z.array(ProvenanceRecordSchema);

export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;
export type UiToBackground = z.infer<typeof UiToBackgroundSchema>;
export type UiToContent = z.infer<typeof UiToContentSchema>;
export type BackgroundToOffscreen = z.infer<typeof BackgroundToOffscreenSchema>;

export type ParseResult<T> = { ok: true; message: T } | { ok: false; reason: string };

/** Parses an unknown value against a direction's schema, giving a one-line reason on failure. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, raw: unknown): ParseResult<T> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, message: result.data };
  return { ok: false, reason: z.prettifyError(result.error).replace(/\s+/g, ' ').slice(0, 300) };
}

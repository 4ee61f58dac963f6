import * as z from 'zod/mini';

/** Phrases are matched after normalisation (see normalize.ts): lower case, NFKC, punctuation → space. */
const phrases = z.array(z.string().check(z.trim(), z.minLength(1))).check(z.minLength(1));

/**
 * One language's consent vocabulary. Control roles are matched as whole words (CJK/Hangul: as
 * substrings) and the longest matching phrase decides, so "continue without accepting" is a
 * reject and "accept only necessary" a necessary-only control, never an accept.
 */
export const WordTableSchema = z.object({
  /** BCP 47 tag of the language (en, zh-Hans, zh-Hant, ja, …). */
  lang: z.string().check(z.minLength(2)),
  /**
   * Words that name cookies or trackers themselves (prefixes): a no-choice box is hidden as a
   * cookie notice only if it says one of these, never for "privacy" alone (a chat or newsletter box).
   */
  cookie: phrases,
  /** Reject / decline everything non-essential. */
  reject: phrases,
  /** "Necessary only": equivalent to reject for the person, kept apart for the report. */
  necessary: phrases,
  /** Opens the second layer (settings / manage / customise). */
  settings: phrases,
  /** Saves the choices made in the second layer. */
  save: phrases,
  /** Accept-like controls: never clicked unless the site rule is allow-all. */
  accept: phrases,
  /** Consent-or-pay vocabulary (subscribe, ad-free…), matched as whole words. */
  wall: phrases,
  /** Toggle labels per category (matched as word prefixes). */
  categories: z.object({
    necessary: phrases,
    functional: phrases,
    analytics: phrases,
    advertising: phrases,
    social: phrases,
  }),
});

export type WordTable = z.infer<typeof WordTableSchema>;

/** Per language, text that makes a fixed/overlay container a consent dialog (detect.ts; matched as word prefixes). */
export const DetectTableSchema = z.record(z.string().check(z.minLength(2)), phrases);

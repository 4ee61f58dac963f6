import * as z from 'zod/mini';

/** One row of PLATFORM_ADAPTERS (adapters.ts, where the fields are explained). */
export const AdapterSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  cmp: z.string(),
  autoconsent: z.array(z.string()),
  banner: z.array(z.string()),
  writes: z.boolean(),
  /** The main-world API to call (platformMainWorld's `platform`); defaults to `id`. */
  api: z.optional(z.string()),
  /** The banner itself is a cross-origin iframe answered by the content script inside it. */
  frame: z.optional(z.boolean()),
  prehide: z.array(z.string()),
});
export type PlatformAdapter = z.infer<typeof AdapterSchema>;

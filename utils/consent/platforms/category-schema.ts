import * as z from 'zod/mini';
import { ConsentCategorySchema } from '../../storage/preferences';

/** The shape of CATEGORY_TABLE (categories.ts, where it is explained). */
export const CategoryTableSchema = z.object({
  ids: z.record(z.string(), z.array(ConsentCategorySchema)),
  words: z.record(ConsentCategorySchema, z.array(z.string().check(z.minLength(2)))),
});
export type CategoryTable = z.infer<typeof CategoryTableSchema>;

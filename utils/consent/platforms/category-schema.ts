import { z } from 'zod';
import { ConsentCategorySchema } from '../../storage/preferences';

/** The shape of CATEGORY_TABLE (categories.ts, where it is explained). */
export const CategoryTableSchema = z.object({
  ids: z.record(z.string(), z.array(ConsentCategorySchema)),
  words: z.record(ConsentCategorySchema, z.array(z.string().min(2))),
});
export type CategoryTable = z.infer<typeof CategoryTableSchema>;

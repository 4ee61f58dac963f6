import { describe, expect, it } from 'vitest';
import { AdapterSchema } from '../../../../utils/consent/platforms/adapter-schema';
import { PLATFORM_ADAPTERS } from '../../../../utils/consent/platforms/adapters';
import { CATEGORY_TABLE } from '../../../../utils/consent/platforms/categories';
import { CategoryTableSchema } from '../../../../utils/consent/platforms/category-schema';

// The content script uses these tables unparsed; this is where they are validated.
describe('consent platform tables', () => {
  it('every adapter row is valid, with a unique id', () => {
    for (const adapter of PLATFORM_ADAPTERS) expect(AdapterSchema.parse(adapter)).toEqual(adapter);
    const ids = PLATFORM_ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rejects a malformed adapter row', () => {
    expect(AdapterSchema.safeParse({ ...PLATFORM_ADAPTERS[0], id: 'Not An Id' }).success).toBe(false);
    expect(AdapterSchema.safeParse({ ...PLATFORM_ADAPTERS[0], writes: 'yes' }).success).toBe(false);
  });

  it('the category table is valid and names only Candor categories', () => {
    expect(CategoryTableSchema.parse(CATEGORY_TABLE)).toEqual(CATEGORY_TABLE);
    expect(CategoryTableSchema.safeParse({ ...CATEGORY_TABLE, ids: { C0002: ['tracking'] } }).success).toBe(false);
  });
});

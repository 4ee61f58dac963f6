import * as z from 'zod/mini';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Values once stored as JSON text (or pasted from an export) are still worth reading: a string that
 * parses is treated as the value it encodes.
 */
function decodeJsonText(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function salvageNode(schema: z.ZodMiniType, raw: unknown, fallback: unknown): unknown {
  const direct = schema.safeParse(raw);
  if (direct.success) return direct.data;
  if (schema instanceof z.ZodMiniObject && isRecord(raw)) {
    const base = isRecord(fallback) ? fallback : {};
    const entries = Object.entries(schema.shape as Record<string, z.ZodMiniType>)
      .map(([key, field]) => [key, salvageNode(field, raw[key], base[key])] as const)
      .filter(([, value]) => value !== undefined);
    return Object.fromEntries(entries);
  }
  if (schema instanceof z.ZodMiniRecord && isRecord(raw)) {
    // Keep every valid entry (e.g. the site rules that are intact), drop only the broken ones.
    const keyType = schema.def.keyType as z.ZodMiniType;
    const valueType = schema.def.valueType as z.ZodMiniType;
    return Object.fromEntries(
      Object.entries(raw).filter(([key, value]) => keyType.safeParse(key).success && valueType.safeParse(value).success),
    );
  }
  if (schema instanceof z.ZodMiniArray && Array.isArray(raw)) {
    const element = schema.def.element as z.ZodMiniType;
    return raw.filter((item) => element.safeParse(item).success);
  }
  return fallback;
}

export interface Salvaged<T> {
  value: T;
  /** False when the stored value was valid as it was (or absent). */
  repaired: boolean;
}

/**
 * Reads a stored value through its schema, keeping every part that is still valid and taking the
 * fallback's value for each part that is not. Dropping a broken entry is always the safe side
 * here: a lost "allowed" category or site rule means Candor rejects more, never accepts more.
 */
export function salvage<T>(schema: z.ZodMiniType<T>, raw: unknown, fallback: T): Salvaged<T> {
  if (raw === undefined || raw === null) return { value: fallback, repaired: false };
  const direct = schema.safeParse(raw);
  if (direct.success) return { value: direct.data, repaired: false };
  const checked = schema.safeParse(salvageNode(schema, decodeJsonText(raw), fallback));
  return { value: checked.success ? checked.data : fallback, repaired: true };
}

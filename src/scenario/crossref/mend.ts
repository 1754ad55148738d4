/**
 * Mending a list item that failed the schema, so the cross-reference checks still see its
 * well-formed parts: an optional field with a mistake is left out (and remembered as broken), a
 * required one makes the item unmendable. A contact whose `cues` has a typo still has its
 * waypoints checked against the map and each other.
 */
import { z } from 'zod';
import { isObject } from '../describe';

/** Fields left out of each mended object because they were written but malformed. */
export type Broken = WeakMap<object, ReadonlySet<string>>;

/** The value when it passes `schema`, its mended form when only optional parts fail, else undefined. */
export function mend(schema: z.ZodType, value: unknown, broken: WeakMap<object, Set<string>>): unknown {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  if (inner instanceof z.ZodDiscriminatedUnion && isObject(value)) {
    const key = String(inner.def.discriminator);
    const option = (inner.options as z.ZodType[]).find(
      (o) => o instanceof z.ZodObject && (o.shape[key] as z.ZodType).safeParse(value[key]).success,
    );
    return option ? mend(option, value, broken) : undefined;
  }
  if (inner instanceof z.ZodObject && isObject(value)) return mendObject(inner, value, broken);
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    const items = value.map((item) => mend(inner.element as z.ZodType, item, broken));
    if (items.some((item) => item === undefined)) return undefined;
    return inner.safeParse(items).success ? items : undefined;
  }
  return undefined;
}

function mendObject(
  schema: z.ZodObject,
  value: Record<string, unknown>,
  broken: WeakMap<object, Set<string>>,
): object | undefined {
  const out: Record<string, unknown> = {};
  const lost = new Set<string>();
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const optional = field.safeParse(undefined).success;
    if (value[key] === undefined) {
      if (!optional) return undefined;
      continue;
    }
    const mended = mend(field, value[key], broken);
    if (mended !== undefined) out[key] = mended;
    else if (optional) lost.add(key);
    else return undefined;
  }
  if (!schema.safeParse(out).success) return undefined;
  if (lost.size > 0) broken.set(out, lost);
  return out;
}

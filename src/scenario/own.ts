/** Records keyed by ids: only own fields count, so an id such as "constructor" or "__proto__" is an ordinary key. */

/** The record's own value for `key`, never an inherited one (Object.prototype's "constructor", …). */
export function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets the record's own field `key`, even "__proto__" (which plain assignment would treat as the prototype). */
export function setOwn<V>(record: Record<string, V>, key: string, value: V): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The catalogs' namespaces: a key is written "namespace:path.to.message". */

export const NAMESPACES = [
  'app',
  'aar',
  'access',
  'layout',
  'classroom',
  'studio',
  'scoring',
  'scenario',
  'cli',
  'engine',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** A catalog: nested objects whose leaves are ICU messages. */
export interface Catalog {
  [key: string]: string | Catalog;
}

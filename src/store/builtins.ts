/** The built-in scenarios, bundled with the app so it works offline: file name → text. */

const files = import.meta.glob<string>('../../assets/scenarios/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The built-in scenario files, keyed by file name. */
export function builtinScenarios(): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]));
}

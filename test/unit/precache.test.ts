/** bench/offline.ts reads the offline app's precache list from a generated service worker, in either quoting. */
import { expect, test } from 'vitest';
import { precacheUrls } from '../../bench/offline';

test('reads every URL of the precache manifest and nothing after it', () => {
  const pretty =
    'e.precacheAndRoute([{\n  "url": "index.html",\n  "revision": "ab"\n}, {\n  "url": "assets/phaser-X.js",\n  "revision": null\n}], {});\nfetch({"url": "other"})';
  expect(precacheUrls(pretty)).toEqual(['index.html', 'assets/phaser-X.js']);
  expect(precacheUrls('e.precacheAndRoute([{url:"a.js",revision:"1"},{url:"b.css",revision:"2"}],{})')).toEqual([
    'a.js',
    'b.css',
  ]);
  expect(() => precacheUrls('self.skipWaiting()')).toThrow(/no precache manifest/);
});

/**
 * Renders the app icons in public/icons from icon.svg with Debian's Chromium (playwright-core, no downloads):
 * 192 and 512 px, and a 512 px maskable one with the picture inside the central safe zone on a full-bleed background.
 * Run with `npm run icons` after changing icon.svg; the PNGs are committed.
 */
import { readFileSync } from 'node:fs';
import { launchChromium } from '../test/browser/chromium';

const DIR = 'public/icons';
const svg = readFileSync(`${DIR}/icon.svg`, 'utf8');
const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

/** A page that shows the icon at `size` px, scaled by `scale` on the icon's background colour. */
function page(size: number, scale: number): string {
  const inner = Math.round(size * scale);
  return `<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${scale < 1 ? '#0e1318' : 'transparent'}"><img src="${src}" width="${inner}" height="${inner}"></body>`;
}

const browser = await launchChromium();
try {
  for (const [name, size, scale] of [
    ['icon-192.png', 192, 1],
    ['icon-512.png', 512, 1],
    ['icon-maskable-512.png', 512, 0.8],
  ] as const) {
    const p = await browser.newPage({ viewport: { width: size, height: size } });
    await p.setContent(page(size, scale));
    await p.screenshot({ path: `${DIR}/${name}`, omitBackground: scale === 1 });
    await p.close();
    console.log(`wrote ${DIR}/${name}`);
  }
} finally {
  await browser.close();
}

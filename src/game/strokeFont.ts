/**
 * A small stroke font for the counters' labels (T1, T2…): T and the digits, drawn as lines into the counters'
 * Graphics. Textured text (Phaser Text or BitmapText) costs far more per frame in a software WebGL renderer
 * with multisampling than a few flat line segments, and 200 moving counters need 200 labels.
 */
import type Phaser from 'phaser';

type Stroke = readonly (readonly [number, number])[];

/** Glyphs on a 2 × 4 grid (x right, y down), as polylines. */
const BOX: Stroke = [
  [0, 0],
  [2, 0],
  [2, 4],
  [0, 4],
  [0, 0],
];
const GLYPHS: Record<string, readonly Stroke[]> = {
  T: [
    [
      [0, 0],
      [2, 0],
    ],
    [
      [1, 0],
      [1, 4],
    ],
  ],
  '0': [BOX],
  '1': [
    [
      [0.3, 0.8],
      [1.1, 0],
      [1.1, 4],
    ],
  ],
  '2': [
    [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 4],
      [2, 4],
    ],
  ],
  '3': [
    [
      [0, 0],
      [2, 0],
      [2, 4],
      [0, 4],
    ],
    [
      [0.4, 2],
      [2, 2],
    ],
  ],
  '4': [
    [
      [0, 0],
      [0, 2],
      [2, 2],
    ],
    [
      [2, 0],
      [2, 4],
    ],
  ],
  '5': [
    [
      [2, 0],
      [0, 0],
      [0, 1.8],
      [1.5, 1.8],
      [2, 2.4],
      [2, 3.5],
      [1.5, 4],
      [0, 4],
    ],
  ],
  '6': [
    [
      [2, 0],
      [0, 0],
      [0, 4],
      [2, 4],
      [2, 2],
      [0, 2],
    ],
  ],
  '7': [
    [
      [0, 0],
      [2, 0],
      [2, 4],
    ],
  ],
  '8': [
    BOX,
    [
      [0, 2],
      [2, 2],
    ],
  ],
  '9': [
    [
      [2, 2],
      [0, 2],
      [0, 0],
      [2, 0],
      [2, 4],
      [0, 4],
    ],
  ],
};

/** Width in pixels of `text` at cap height `size`. */
export function strokeWidth(text: string, size: number): number {
  return text.length === 0 ? 0 : text.length * size * 0.75 - size * 0.25;
}

/** Draws `text` with its top-left corner at (x, y), capitals `size` pixels high, in the current line style. */
export function strokeText(g: Phaser.GameObjects.Graphics, text: string, x: number, y: number, size: number): void {
  const u = size / 4;
  for (let i = 0; i < text.length; i++) {
    const left = x + i * size * 0.75;
    for (const line of GLYPHS[text[i]] ?? []) {
      for (let k = 1; k < line.length; k++) {
        const [ax, ay] = line[k - 1];
        const [bx, by] = line[k];
        g.lineBetween(left + ax * u, y + ay * u, left + bx * u, y + by * u);
      }
    }
  }
}

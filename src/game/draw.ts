/** Small Graphics helpers the map views share: dashed outlines and affiliation frames. */
import type Phaser from 'phaser';
import type { Affiliation } from '../store/affiliation';
import { FRAME } from '../store/affiliation';

type Pt = { x: number; y: number };

/** Strokes a closed or open polyline as dashes. */
export function dashed(
  g: Phaser.GameObjects.Graphics,
  pts: readonly Pt[],
  dash: number,
  gap: number,
  closed: boolean,
): void {
  const n = closed ? pts.length : pts.length - 1;
  for (let i = 0; i < n; i++) {
    const a = pts[i];
    const b = pts[(i + 1) % pts.length];
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len === 0) continue;
    const ux = (b.x - a.x) / len;
    const uy = (b.y - a.y) / len;
    for (let d = 0; d < len; d += dash + gap) {
      const e = Math.min(len, d + dash);
      g.lineBetween(a.x + ux * d, a.y + uy * d, a.x + ux * e, a.y + uy * e);
    }
  }
}

/** The outline points of an affiliation frame of radius r centred on (x, y). */
export function framePoints(aff: Affiliation, x: number, y: number, r: number): Pt[] {
  const shape = FRAME[aff].shape;
  if (shape === 'diamond') {
    const d = r * 1.25;
    return [
      { x, y: y - d },
      { x: x + d, y },
      { x, y: y + d },
      { x: x - d, y },
    ];
  }
  if (shape === 'rect' || shape === 'square') {
    const w = shape === 'rect' ? r * 1.4 : r * 0.95;
    const hgt = shape === 'rect' ? r * 0.85 : r * 0.95;
    return [
      { x: x - w, y: y - hgt },
      { x: x + w, y: y - hgt },
      { x: x + w, y: y + hgt },
      { x: x - w, y: y + hgt },
    ];
  }
  return Array.from({ length: 16 }, (_, i) => {
    const a = (i / 16) * Math.PI * 2;
    return { x: x + Math.cos(a) * r, y: y + Math.sin(a) * r };
  });
}

/** The frame fill: the affiliation colour at 28% over the dark counter ground, as one colour. */
function fillColour(colour: number): number {
  const mix = (shift: number) => {
    const ground = (0x0b0f14 >> shift) & 255;
    return Math.round(ground + (((colour >> shift) & 255) - ground) * 0.28) << shift;
  };
  return mix(16) | mix(8) | mix(0);
}

/** Draws an affiliation frame: one translucent fill, then a solid or dashed outline. */
export function frame(
  g: Phaser.GameObjects.Graphics,
  aff: Affiliation,
  x: number,
  y: number,
  r: number,
  colour: number,
  alpha: number,
): void {
  const pts = framePoints(aff, x, y, r) as Phaser.Math.Vector2[];
  g.fillStyle(fillColour(colour), 0.82 * alpha);
  g.fillPoints(pts, true);
  g.lineStyle(Math.max(2, r * 0.14), colour, alpha);
  if (FRAME[aff].dashed) dashed(g, pts, r * 0.35, r * 0.22, true);
  else g.strokePoints(pts, true);
}

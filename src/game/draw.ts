/** Small Graphics helpers the map views share: dashed outlines, convex fills and affiliation counters. */
import type Phaser from 'phaser';
import { type Affiliation, FRAME, framePoints } from '../store/affiliation';
import { COUNTER_GROUND } from '../store/mapStyle';

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

/** The points of a circle as a regular n-gon. */
export function circlePoints(x: number, y: number, r: number, n: number): Pt[] {
  return Array.from({ length: n }, (_, i) => ({
    x: x + Math.cos((i / n) * Math.PI * 2) * r,
    y: y + Math.sin((i / n) * Math.PI * 2) * r,
  }));
}

/**
 * Fills a convex polygon by sweeping down from its top vertex: each triangle joins the two sides' current
 * vertices to the higher of their next ones, so it spans only the rows between nearby vertices. A software
 * rasteriser draws that far faster than the long slivers of a fan from one vertex.
 */
export function fillConvex(g: Phaser.GameObjects.Graphics, pts: readonly Pt[]): void {
  const n = pts.length;
  let top = 0;
  for (let i = 1; i < n; i++) if (pts[i].y < pts[top].y) top = i;
  let right = top;
  let left = top;
  for (let step = 1; step < n; step++) {
    const nextRight = (right + 1) % n;
    const nextLeft = (left - 1 + n) % n;
    const [from, to, other] =
      pts[nextRight].y <= pts[nextLeft].y
        ? [pts[right], pts[nextRight], pts[left]]
        : [pts[left], pts[nextLeft], pts[right]];
    if (from !== other) g.fillTriangle(from.x, from.y, to.x, to.y, other.x, other.y);
    if (to === pts[nextRight]) right = nextRight;
    else left = nextLeft;
  }
}

/**
 * Draws an affiliation counter: its shape filled with the affiliation colour, or, for the uncertain
 * affiliations, hollow (a ring of that colour around the dark ground). A faded counter (a track out of
 * sight) shows its colour dimmed over the dark ground. Flat fills only: textures and wide joined strokes
 * cost many times more per frame in a software WebGL renderer.
 */
export function counter(
  g: Phaser.GameObjects.Graphics,
  aff: Affiliation,
  x: number,
  y: number,
  r: number,
  colour: number,
  faded: boolean,
): void {
  const outline = framePoints(aff, x, y, r);
  if (faded) {
    g.fillStyle(COUNTER_GROUND, 1);
    fillConvex(g, outline);
  }
  g.fillStyle(colour, faded ? 0.45 : 1);
  fillConvex(g, outline);
  if (!FRAME[aff].hollow) return;
  g.fillStyle(COUNTER_GROUND, 1);
  fillConvex(g, framePoints(aff, x, y, r, Math.max(2.5, r * 0.16)));
}

/** The colour and opacity of a counter's label: dark on a filled counter, white on a hollow or faded one. */
export function labelStyle(aff: Affiliation, faded: boolean): { colour: number; alpha: number } {
  if (faded) return { colour: 0xffffff, alpha: 0.85 };
  return { colour: FRAME[aff].hollow ? 0xffffff : COUNTER_GROUND, alpha: 1 };
}

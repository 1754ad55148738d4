/**
 * What changes as play goes, drawn every frame from the session: observation range, focused
 * sector, indications (an approximate area), unmarked sightings, track counters, post, team and cursor.
 */
import type Phaser from 'phaser';
import { openSightRange, type TraineeView, type ViewTrack } from '../engine';
import { parseCell } from '../scenario/grid';
import type { Scenario } from '../scenario/model';
import { affiliationOf, colourOf, type Palette } from '../store/affiliation';
import { COUNTER_GROUND, POST_COLOUR } from '../store/mapStyle';
import { circlePoints, counter, dashed, fillConvex, labelStyle } from './draw';
import { type Layout, toScreen } from './layout';
import { strokeText, strokeWidth } from './strokeFont';

/** A track's position between the previous tick and this one. */
export function lerpTrack(prev: TraineeView | null, t: ViewTrack, index: number, f: number): { x: number; y: number } {
  const p = prev?.tracks[index]?.label === t.label ? prev.tracks[index] : prev?.tracks.find((o) => o.label === t.label);
  if (!p) return { x: t.x, y: t.y };
  return { x: p.x + (t.x - p.x) * f, y: p.y + (t.y - p.y) * f };
}

/** What one frame draws: the trainee's view now and one tick before (never the ground truth). */
export interface FrameInput {
  scenario: Scenario;
  view: TraineeView;
  prev: TraineeView | null;
  fraction: number;
  palette: Palette;
  selected: string | null;
  cursor: { c: number; r: number };
}

function drawWorld(g: Phaser.GameObjects.Graphics, l: Layout, f: FrameInput): void {
  const { scenario, view } = f;
  if (view.focus) {
    const sector = scenario.sectors.find((s) => s.id === view.focus);
    g.fillStyle(0xffffff, 0.1);
    for (const c of sector?.cells ?? []) g.fillRect(l.ox + c.c * l.cell, l.oy + c.r * l.cell, l.cell, l.cell);
  }
  const post = toScreen(l, scenario.post.cell.c, scenario.post.cell.r);
  g.lineStyle(2, POST_COLOUR, 0.55);
  const ring = circlePoints(post.px, post.py, openSightRange(scenario, view.conditions) * l.cell, 72);
  dashed(g, ring, 6, 6, true);
}

function drawPatch(g: Phaser.GameObjects.Graphics, l: Layout, c: number, r: number): void {
  const p = toScreen(l, c, r);
  const patch = circlePoints(p.px, p.py, l.cell * 0.9, 32);
  g.fillStyle(0xffffff, 0.12);
  fillConvex(g, patch);
  g.lineStyle(1.5, 0xffffff, 0.35);
  g.strokePoints(patch as Phaser.Math.Vector2[], true);
}

function drawSightings(g: Phaser.GameObjects.Graphics, l: Layout, f: FrameInput): void {
  const { view, prev, fraction } = f;
  for (const t of view.tracks) {
    const cell = t.indicationCell === null ? null : parseCell(t.indicationCell);
    if (cell) drawPatch(g, l, cell.c, cell.r);
  }
  for (const s of view.sightings) {
    if (s.kind === 'indication') {
      drawPatch(g, l, s.x, s.y);
      continue;
    }
    const was = prev?.sightings.find((o) => o.key === s.key && o.kind === 'in-sight');
    const x = was ? was.x + (s.x - was.x) * fraction : s.x;
    const y = was ? was.y + (s.y - was.y) * fraction : s.y;
    const p = toScreen(l, x, y);
    const r = l.cell * 0.16;
    g.lineStyle(2, 0xffffff, 0.95);
    g.strokeCircle(p.px, p.py, r);
    g.lineBetween(p.px - r * 2, p.py, p.px - r * 1.3, p.py);
    g.lineBetween(p.px + r * 1.3, p.py, p.px + r * 2, p.py);
    g.lineBetween(p.px, p.py - r * 2, p.px, p.py - r * 1.3);
    g.lineBetween(p.px, p.py + r * 1.3, p.px, p.py + r * 2);
  }
}

function drawUnits(g: Phaser.GameObjects.Graphics, l: Layout, f: FrameInput): void {
  const { scenario } = f;
  const s = l.cell;
  for (const m of f.scenario.team) {
    const p = toScreen(l, m.cell.c, m.cell.r);
    g.fillStyle(COUNTER_GROUND, 0.8);
    g.fillRect(p.px - s * 0.2, p.py - s * 0.2, s * 0.4, s * 0.4);
    g.lineStyle(2, POST_COLOUR, 1);
    g.strokeRect(p.px - s * 0.2, p.py - s * 0.2, s * 0.4, s * 0.4);
    if (f.view.posture !== 'normal') {
      g.lineStyle(2, f.view.posture === 'cover' ? 0xffffff : POST_COLOUR, 0.9);
      g.strokeRect(p.px - s * 0.28, p.py - s * 0.28, s * 0.56, s * 0.56);
    }
  }
  const post = toScreen(l, scenario.post.cell.c, scenario.post.cell.r);
  const triangle = [
    post.px,
    post.py - s * 0.28,
    post.px + s * 0.26,
    post.py + s * 0.2,
    post.px - s * 0.26,
    post.py + s * 0.2,
  ] as const;
  g.fillStyle(POST_COLOUR, 1);
  g.fillTriangle(...triangle);
  g.lineStyle(2, COUNTER_GROUND, 1);
  g.strokeTriangle(...triangle);
}

/** Draws the track counters with their labels; returns where each was drawn (for clicks). */
function drawTracks(g: Phaser.GameObjects.Graphics, l: Layout, f: FrameInput): Map<string, { px: number; py: number }> {
  const at = new Map<string, { px: number; py: number }>();
  const r = Math.max(11, l.cell * 0.34);
  const size = Math.max(9, Math.min(13, Math.round(l.cell * 0.24)));
  const line = size >= 10 ? 2 : 1.5;
  for (const [i, t] of f.view.tracks.entries()) {
    const pos = lerpTrack(f.prev, t, i, f.fraction);
    const p = toScreen(l, pos.x, pos.y);
    at.set(t.label, p);
    const aff = affiliationOf(t.classification);
    const faded = t.sight !== 'in-sight';
    if (t.label === f.selected) {
      g.lineStyle(3, 0xffffff, 1);
      g.strokeCircle(p.px, p.py, r * 1.6);
    }
    counter(g, aff, p.px, p.py, r, colourOf(aff, f.palette), faded);
    const label = labelStyle(aff, faded);
    g.lineStyle(line, label.colour, label.alpha);
    strokeText(g, t.label, p.px - strokeWidth(t.label, size) / 2, p.py - size / 2, size);
  }
  return at;
}

function drawCursor(g: Phaser.GameObjects.Graphics, l: Layout, cursor: { c: number; r: number }): void {
  const x = l.ox + cursor.c * l.cell;
  const y = l.oy + cursor.r * l.cell;
  g.lineStyle(2, 0xffe066, 1);
  dashed(
    g,
    [
      { x: x + 2, y: y + 2 },
      { x: x + l.cell - 2, y: y + 2 },
      { x: x + l.cell - 2, y: y + l.cell - 2 },
      { x: x + 2, y: y + l.cell - 2 },
    ],
    6,
    4,
    true,
  );
}

/** Draws one frame; returns the pixel position of every track counter. */
export function drawFrame(
  under: Phaser.GameObjects.Graphics,
  over: Phaser.GameObjects.Graphics,
  l: Layout,
  f: FrameInput,
): Map<string, { px: number; py: number }> {
  under.clear();
  over.clear();
  drawWorld(under, l, f);
  drawSightings(under, l, f);
  drawUnits(under, l, f);
  const at = drawTracks(over, l, f);
  drawCursor(over, l, f.cursor);
  return at;
}

/** Colours of the tabletop map, shared by the Phaser map and the DOM map previews. */
import type { Light, TerrainCode, Visibility } from '../scenario/vocab';

export const TERRAIN_COLOUR: Record<TerrainCode, number> = {
  '.': 0x3b4a36,
  '=': 0x6b6b63,
  '~': 0x2c4f6e,
  '#': 0x55514b,
  '*': 0x2f5e33,
  '^': 0x6e5a3c,
  '-': 0x4a3b36,
};

export const TERRAIN_NAME: Record<TerrainCode, string> = {
  '.': 'open',
  '=': 'road',
  '~': 'water',
  '#': 'structure',
  '*': 'vegetation',
  '^': 'high ground',
  '-': 'border line',
};

/** The dark ground of counters: inside hollow counters' rings, behind team squares, and the labels on filled counters. */
export const COUNTER_GROUND = 0x0b0f14;
/** The canvas around the grid. */
export const MAP_BACKGROUND = 0x0e1318;
export const PERIMETER_COLOUR = 0xffffff;
export const SECTOR_COLOUR = 0xbfc8d6;
export const POST_COLOUR = 0x7fd3ff;

/** "#rrggbb" for a 0xRRGGBB colour. */
export function css(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}

/** Tint and strength of the light and visibility shading laid over the terrain. */
const SHADE = {
  light: { day: null, dusk: [0x2a1a30, 0.22], night: [0x050a1a, 0.45] },
  visibility: { clear: null, haze: [0xdfe6ee, 0.12], fog: [0xdfe6ee, 0.28] },
} as const;

function mix(colour: number, tint: number, amount: number): number {
  const channel = (shift: number) => {
    const base = (colour >> shift) & 255;
    return Math.round(base + (((tint >> shift) & 255) - base) * amount) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}

/** A terrain colour as the conditions show it: darkened by dusk or night, then paled by haze or fog. */
export function shaded(colour: number, conditions: { light: Light; visibility: Visibility }): number {
  let out = colour;
  for (const shade of [SHADE.light[conditions.light], SHADE.visibility[conditions.visibility]]) {
    if (shade) out = mix(out, shade[0], shade[1]);
  }
  return out;
}

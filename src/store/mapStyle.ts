/** Colours of the tabletop map, shared by the Phaser map and the DOM map previews. */
import type { TerrainCode } from '../scenario/vocab';

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

export const PERIMETER_COLOUR = 0xffffff;
export const SECTOR_COLOUR = 0xbfc8d6;
export const POST_COLOUR = 0x7fd3ff;

/** "#rrggbb" for a 0xRRGGBB colour. */
export function css(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}

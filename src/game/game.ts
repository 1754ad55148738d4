/** The Phaser game config: one WebGL canvas that fills its parent and shows the map scene. */
import Phaser from 'phaser';
import { MapScene } from './MapScene';

/** Renderer settings, shared with the bench's bare Phaser page so the two are compared like for like. */
export const RENDER_CONFIG = { antialias: true } as const;

/** Starts the map in `parent`; destroy the returned game when the play screen closes. */
export function createGame(parent: HTMLElement): Phaser.Game {
  return new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: '#0e1318',
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false },
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    render: RENDER_CONFIG,
    scene: [MapScene],
  });
}

/** The Phaser game config: one WebGL canvas that fills its parent and shows the map scene. */
import Phaser from 'phaser';
import { MapScene } from './MapScene';

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
    render: { antialias: true },
    scene: [MapScene],
  });
}

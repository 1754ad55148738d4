/** The Phaser game config: one WebGL canvas, sized to the scenario's grid and centred in its parent, showing the map scene. */
import Phaser from 'phaser';
import { css, MAP_BACKGROUND } from '../store/mapStyle';
import { session } from '../store/session';
import { canvasFor } from './layout';
import { MapScene } from './MapScene';

/** Renderer settings, shared with the bench's bare Phaser page so the two are compared like for like. */
export const RENDER_CONFIG = { antialias: true } as const;

/** The canvas size for `parent` and the current scenario's grid. */
function sizeIn(parent: HTMLElement): { width: number; height: number } {
  const map = session.getState().current?.scenario.map;
  return canvasFor(parent.clientWidth, parent.clientHeight, map?.cols ?? 1, map?.rows ?? 1);
}

/** Starts the map in `parent`; destroy the returned game when the play screen closes. */
export function createGame(parent: HTMLElement): Phaser.Game {
  const size = sizeIn(parent);
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: css(MAP_BACKGROUND),
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false },
    scale: { mode: Phaser.Scale.NONE, width: size.width, height: size.height },
    render: RENDER_CONFIG,
    scene: [MapScene],
  });
  const fit = () => {
    const next = sizeIn(parent);
    if (next.width !== game.scale.width || next.height !== game.scale.height)
      game.scale.resize(next.width, next.height);
  };
  const observer = new ResizeObserver(fit);
  observer.observe(parent);
  const off = session.subscribe((s) => s.current, fit);
  game.events.once(Phaser.Core.Events.DESTROY, () => {
    observer.disconnect();
    off();
  });
  return game;
}

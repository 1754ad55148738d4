/** A bare Phaser page built like the app (same renderer settings): one scene redrawing 200 moving circles every frame. */
import Phaser from 'phaser';
import { RENDER_CONFIG } from '../../src/game/game';
import { installFrameSampler } from './frames';

const N = 200;

class Bare extends Phaser.Scene {
  private g!: Phaser.GameObjects.Graphics;

  create(): void {
    this.g = this.add.graphics();
    window.benchReady = true;
  }

  update(time: number): void {
    const { width, height } = this.scale;
    this.g.clear();
    for (let i = 0; i < N; i++) {
      const a = time / 2000 + i;
      this.g.lineStyle(2, 0xffb35c, 1);
      this.g.strokeCircle(width / 2 + Math.cos(a) * (width / 3), height / 2 + Math.sin(a * 1.3) * (height / 3), 12);
    }
  }
}

installFrameSampler();
new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  banner: false,
  audio: { noAudio: true },
  scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
  render: RENDER_CONFIG,
  scene: [Bare],
});

/** The tabletop map scene: draws the session's scenario and state, and turns clicks into marks or selections. */
import Phaser from 'phaser';
import { tickFraction } from '../store/loop';
import { markCell, selectTrack } from '../store/play';
import { type LoadedScenario, session } from '../store/session';
import { drawBoard } from './boardView';
import { drawFrame } from './countersView';
import { cellAt, type Layout, layoutFor } from './layout';
import { TruthView } from './truthView';

export class MapScene extends Phaser.Scene {
  private board!: Phaser.GameObjects.Graphics;
  private under!: Phaser.GameObjects.Graphics;
  private over!: Phaser.GameObjects.Graphics;
  private boardTexts: Phaser.GameObjects.Text[] = [];
  private layout: Layout | null = null;
  private truth: TruthView | null = null;
  private trackAt = new Map<string, { px: number; py: number }>();

  constructor() {
    super('map');
  }

  create(): void {
    this.board = this.add.graphics().setDepth(0);
    this.under = this.add.graphics().setDepth(1);
    this.over = this.add.graphics().setDepth(2);
    this.relayout();
    this.scale.on('resize', this.relayout, this);
    this.input.on('pointerdown', this.onPointer, this);
    const off = session.subscribe((s) => s.current, this.relayout.bind(this));
    const offTruth = session.subscribe((s) => s.facilitator, this.showTruth.bind(this), { fireImmediately: true });
    let cleaned = false;
    const cleanup = () => {
      if (cleaned) return;
      cleaned = true;
      off();
      offTruth();
      this.showTruth(false);
      this.scale.off('resize', this.relayout, this);
    };
    this.events.once('shutdown', cleanup);
    this.events.once('destroy', cleanup);
  }

  /** Creates the ground-truth view when the facilitator view goes on, and destroys it when it goes off. */
  private showTruth(on: boolean): void {
    if (on && !this.truth) this.truth = new TruthView(this, 4);
    if (!on && this.truth) {
      this.truth.destroy();
      this.truth = null;
    }
  }

  private relayout(): void {
    const current: LoadedScenario | null = session.getState().current;
    if (!current) return;
    const { cols, rows } = current.scenario.map;
    this.layout = layoutFor(this.scale.width, this.scale.height, cols, rows);
    this.cameras.main.setSize(this.scale.width, this.scale.height);
    for (const t of this.boardTexts) t.destroy();
    this.boardTexts = drawBoard(this, this.board, current.scenario, this.layout);
  }

  private onPointer(pointer: Phaser.Input.Pointer): void {
    const l = this.layout;
    if (!l || !session.getState().engine) return;
    let best: string | null = null;
    let bestD = l.cell * 0.45;
    for (const [label, p] of this.trackAt) {
      const d = Math.hypot(p.px - pointer.x, p.py - pointer.y);
      if (d < bestD) {
        best = label;
        bestD = d;
      }
    }
    if (best) {
      selectTrack(best);
      return;
    }
    const cell = cellAt(l, pointer.x, pointer.y);
    if (cell) markCell(cell);
  }

  update(): void {
    const s = session.getState();
    if (!this.layout || !s.current || !s.engine) return;
    this.trackAt = drawFrame(this.under, this.over, this.layout, {
      scenario: s.current.scenario,
      engine: s.engine,
      prev: s.prev,
      fraction: tickFraction(),
      palette: s.settings.palette,
      selected: s.selectedTrack,
      cursor: s.cursor,
    });
    this.truth?.draw(this.layout, s.current.scenario, s.engine, s.prev, tickFraction());
  }
}

/** The tabletop map scene: draws the session's scenario and state, and turns clicks into marks or selections. */
import Phaser from 'phaser';
import { tickFraction } from '../store/loop';
import { markCell, selectTrack } from '../store/play';
import { type LoadedScenario, type Session, session } from '../store/session';
import { prevViewOf, viewOf } from '../store/view';
import { drawBoard } from './boardView';
import { drawFrame } from './countersView';
import { cellAt, type Layout, layoutFor } from './layout';
import { TruthView } from './truthView';

/** The conditions the board is shaded for, as one comparable value (null before a run starts). */
function conditionsKey(s: Session): string | null {
  return s.engine ? `${s.engine.conditions.light}/${s.engine.conditions.visibility}` : null;
}

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
    const offConditions = session.subscribe(conditionsKey, this.relayout.bind(this));
    const offTruth = session.subscribe((s) => s.facilitator, this.showTruth.bind(this), { fireImmediately: true });
    let cleaned = false;
    const cleanup = () => {
      if (cleaned) return;
      cleaned = true;
      off();
      offConditions();
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
    const conditions = session.getState().engine?.conditions ?? current.scenario.conditions;
    const board = drawBoard(this, this.board, current.scenario, this.layout, conditions);
    this.boardTexts = board.texts;
    this.clearTo(board.ground);
  }

  /** Clears the canvas to `colour` each frame (the renderer reads the game's background colour per frame). */
  private clearTo(colour: number): void {
    this.game.config.backgroundColor.setTo((colour >> 16) & 255, (colour >> 8) & 255, colour & 255, 255);
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
    const view = viewOf(s);
    if (!view) return;
    this.trackAt = drawFrame(this.under, this.over, this.layout, {
      scenario: s.current.scenario,
      view,
      prev: prevViewOf(s),
      fraction: tickFraction(),
      palette: s.settings.palette,
      selected: s.selectedTrack,
      cursor: s.cursor,
    });
    this.truth?.draw(this.layout, s.current.scenario, s.engine, s.prev, tickFraction());
  }
}

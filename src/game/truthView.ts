/**
 * The facilitator's ground truth on the map: every active contact's true position as a magenta cross in a
 * ring, with its label (or id) and truth. Made only while the facilitator view is on, destroyed when it goes off.
 */
import type Phaser from 'phaser';
import type { State } from '../engine/types';
import { truthLabel } from '../scenario/labels';
import type { Scenario } from '../scenario/model';
import { type Layout, toScreen } from './layout';

const TRUTH_COLOUR = 0xff4fd8;

/** Ground-truth markers and labels, in their own Graphics and Text objects above everything else. */
export class TruthView {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly texts = new Map<string, Phaser.GameObjects.Text>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly depth: number,
  ) {
    this.g = scene.add.graphics().setDepth(depth);
  }

  /** Draws every active contact where it truly is, between the previous tick and this one. */
  draw(l: Layout, scenario: Scenario, engine: State, prev: State | null, fraction: number): void {
    const g = this.g;
    g.clear();
    const s = Math.max(6, l.cell * 0.18);
    const shown = new Set<string>();
    for (const [i, c] of engine.contacts.entries()) {
      if (!c.active || c.gone) continue;
      const was = prev?.contacts[i];
      const x = was?.active ? was.x + (c.x - was.x) * fraction : c.x;
      const y = was?.active ? was.y + (c.y - was.y) * fraction : c.y;
      const p = toScreen(l, x, y);
      g.lineStyle(4, 0x000000, 0.6);
      g.lineBetween(p.px - s, p.py - s, p.px + s, p.py + s);
      g.lineBetween(p.px - s, p.py + s, p.px + s, p.py - s);
      g.lineStyle(2, TRUTH_COLOUR, 1);
      g.lineBetween(p.px - s, p.py - s, p.px + s, p.py + s);
      g.lineBetween(p.px - s, p.py + s, p.px + s, p.py - s);
      g.strokeCircle(p.px, p.py, s * 1.5);
      shown.add(c.id);
      let t = this.texts.get(c.id);
      if (!t) {
        const contact = scenario.contacts.find((k) => k.id === c.id);
        t = this.scene.add
          .text(0, 0, contact ? `${contact.label || c.id} · ${truthLabel(contact.domain, contact.truth)}` : c.id, {
            font: `bold ${Math.max(11, Math.min(14, Math.round(l.cell * 0.22)))}px system-ui, sans-serif`,
            color: '#ff9ff0',
            backgroundColor: '#0b0f14dd',
            padding: { x: 3, y: 1 },
          })
          .setOrigin(0, 1)
          .setDepth(this.depth);
        this.texts.set(c.id, t);
      }
      t.setPosition(Math.round(p.px + s * 1.2), Math.round(p.py - s * 1.2)).setVisible(true);
    }
    for (const [id, t] of this.texts) if (!shown.has(id)) t.setVisible(false);
  }

  /** Destroys every object of the view. */
  destroy(): void {
    this.g.destroy();
    for (const t of this.texts.values()) t.destroy();
    this.texts.clear();
  }
}

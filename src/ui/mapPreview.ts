/** A static SVG preview of a scenario's map: terrain, perimeter, sectors, post and team. */
import { cellName } from '../scenario/grid';
import type { Cell, Scenario } from '../scenario/model';
import { css, PERIMETER_COLOUR, POST_COLOUR, SECTOR_COLOUR, TERRAIN_COLOUR } from '../store/mapStyle';
import { svg } from './dom';

const CELL = 32;
const MARGIN = 20;
/** Room past the last row and column for the labels under and beside counters there. */
const PAD = 26;

/** Outline segments around a set of cells (edges between a member and a non-member). */
export function outline(member: (c: number, r: number) => boolean, cols: number, rows: number): string {
  const d: string[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (!member(c, r)) continue;
      const x = MARGIN + c * CELL;
      const y = MARGIN + r * CELL;
      if (!member(c, r - 1)) d.push(`M${x} ${y}h${CELL}`);
      if (!member(c, r + 1)) d.push(`M${x} ${y + CELL}h${CELL}`);
      if (!member(c - 1, r)) d.push(`M${x} ${y}v${CELL}`);
      if (!member(c + 1, r)) d.push(`M${x + CELL} ${y}v${CELL}`);
    }
  }
  return d.join('');
}

/** The preview's SVG coordinates of a map point in cell units (cell centres on integers). */
export function previewPoint(x: number, y: number): { x: number; y: number } {
  return { x: MARGIN + x * CELL + CELL / 2, y: MARGIN + y * CELL + CELL / 2 };
}

function centre(cell: Cell): { x: number; y: number } {
  return previewPoint(cell.c, cell.r);
}

/** The SVG preview; `paths` adds each contact's ground-truth path (debrief only). */
export function mapPreview(scenario: Scenario, label: string, paths = false): SVGSVGElement {
  const { cols, rows, terrain, perimeter } = scenario.map;
  const root = svg('svg', {
    viewBox: `0 0 ${MARGIN + cols * CELL + PAD} ${MARGIN + rows * CELL + PAD}`,
    role: 'img',
    'aria-label': label,
    class: 'map-preview',
  });
  for (let r = 0; r < rows; r++) {
    root.append(svg('text', { x: 10, y: MARGIN + r * CELL + CELL / 2 + 4, class: 'axis' }, String(r + 1)));
    for (let c = 0; c < cols; c++) {
      const x = MARGIN + c * CELL;
      root.append(
        svg('rect', {
          x,
          y: MARGIN + r * CELL,
          width: CELL,
          height: CELL,
          fill: css(TERRAIN_COLOUR[terrain[r][c]]),
          stroke: '#00000055',
        }),
      );
    }
  }
  for (let c = 0; c < cols; c++) {
    root.append(svg('text', { x: MARGIN + c * CELL + CELL / 2, y: 14, class: 'axis' }, String.fromCharCode(65 + c)));
  }
  const inPerimeter = (c: number, r: number) => perimeter[r]?.[c] === true;
  root.append(
    svg('path', {
      d: outline(inPerimeter, cols, rows),
      stroke: css(PERIMETER_COLOUR),
      'stroke-width': 3,
      fill: 'none',
    }),
  );
  for (const sector of scenario.sectors) {
    const set = new Set(sector.cells.map(cellName));
    const member = (c: number, r: number) => set.has(cellName({ c, r }));
    root.append(
      svg('path', {
        d: outline(member, cols, rows),
        stroke: css(SECTOR_COLOUR),
        'stroke-dasharray': '6 4',
        fill: 'none',
      }),
    );
    const first = sector.cells[0];
    if (first) {
      root.append(
        svg('text', { x: MARGIN + first.c * CELL + 3, y: MARGIN + first.r * CELL + 12, class: 'sector' }, sector.name),
      );
    }
  }
  if (paths) {
    for (const contact of scenario.contacts) {
      const pts = contact.path.map((w) => centre(w.cell));
      root.append(
        svg('polyline', {
          points: pts.map((p) => `${p.x},${p.y}`).join(' '),
          class: `truth ${contact.domain}`,
          fill: 'none',
        }),
      );
      const end = pts[pts.length - 1];
      const right = end.x > MARGIN + (cols * CELL) / 2;
      root.append(
        svg(
          'text',
          { x: end.x + (right ? -4 : 4), y: end.y - 4, class: 'truth-label', 'text-anchor': right ? 'end' : 'start' },
          contact.label || contact.id,
        ),
      );
    }
  }
  for (const member of scenario.team) {
    const p = centre(member.cell);
    root.append(
      svg('rect', {
        x: p.x - 7,
        y: p.y - 7,
        width: 14,
        height: 14,
        fill: 'none',
        stroke: css(POST_COLOUR),
        'stroke-width': 2,
      }),
    );
    root.append(svg('text', { x: p.x, y: p.y + 22, class: 'unit' }, member.name));
  }
  const post = centre(scenario.post.cell);
  root.append(
    svg('polygon', {
      points: `${post.x},${post.y - 10} ${post.x + 10},${post.y + 8} ${post.x - 10},${post.y + 8}`,
      fill: css(POST_COLOUR),
    }),
  );
  root.append(svg('text', { x: post.x, y: post.y + 22, class: 'unit' }, scenario.post.name));
  return root;
}

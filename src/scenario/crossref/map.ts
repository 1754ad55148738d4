/** The map: terrain rows and codes, and every cell or range the scenario names lying on it. */
import { t } from '../../i18n';
import { error, type Finding, type Path } from '../finding';
import { cellName, expandRef } from '../grid';
import { TERRAIN_CODES } from '../vocab';
import { type Ctx, each } from './context';

const MAX_COLS = 26;
const CODES: readonly string[] = TERRAIN_CODES;

/** Terrain rows of equal length, known codes, at most 26 columns. */
export function checkTerrain(ctx: Ctx): Finding[] {
  const terrain = ctx.file.map?.terrain;
  if (!terrain) return [];
  const out: Finding[] = [];
  const width = Array.from(terrain[0]).length;
  if (width > MAX_COLS) {
    out.push(
      error(
        'map-too-wide',
        ['map', 'terrain', 0],
        t('scenario:crossref.mapTooWide', { width: String(width), max: String(MAX_COLS) }),
      ),
    );
  }
  terrain.forEach((row, r) => {
    const cells = Array.from(row);
    if (r > 0 && cells.length !== width) {
      out.push(
        error(
          'terrain-row-length',
          ['map', 'terrain', r],
          t('scenario:crossref.rowLength', { row: String(r + 1), cells: String(cells.length), width: String(width) }),
        ),
      );
    }
    const bad = cells.findIndex((ch) => !CODES.includes(ch));
    if (bad >= 0) {
      const more = cells.filter((ch) => !CODES.includes(ch)).length - 1;
      out.push(
        error(
          'terrain-code',
          ['map', 'terrain', r],
          t('scenario:crossref.terrainCode', {
            code: JSON.stringify(cells[bad]),
            column: String(bad + 1),
            name: colName(bad),
            row: String(r + 1),
            more,
          }),
          { char: row.indexOf(cells[bad]) },
        ),
      );
    }
  });
  return out;
}

function colName(c: number): string {
  return c < MAX_COLS ? String.fromCharCode(65 + c) : `#${c + 1}`;
}

/** Cells and ranges off the map: post, team, sectors, perimeter, waypoints. */
export function checkCellsOnMap(ctx: Ctx): Finding[] {
  const dims = ctx.dims;
  if (!dims) return [];
  const out: Finding[] = [];
  const size = t('scenario:crossref.mapSize', { last: colName(dims.cols - 1), rows: String(dims.rows) });
  const check = (ref: string, path: Path) => {
    const cells = expandRef(ref);
    const off = cells?.find((c) => c.c >= dims.cols || c.r >= dims.rows);
    if (!cells || off) {
      const message = ref.includes(':')
        ? t('scenario:crossref.rangeOffMap', { ref, cell: off ? cellName(off) : t('scenario:crossref.aCell'), size })
        : t('scenario:crossref.cellOffMap', { ref, size });
      out.push(error('off-map', path, message));
    }
  };
  const checkCells = (value: string | string[] | undefined, path: Path) => {
    if (typeof value === 'string') check(value, path);
    else
      value?.forEach((ref, i) => {
        check(ref, [...path, i]);
      });
  };
  const { file } = ctx;
  if (file.post?.cell) check(file.post.cell, ['post', 'cell']);
  checkCells(file.map?.perimeter, ['map', 'perimeter']);
  each(file.team, (m, i) => check(m.cell, ['team', i, 'cell']));
  each(file.sectors, (s, i) => checkCells(s.cells, ['sectors', i, 'cells']));
  ctx.paths.forEach((path, i) => {
    path.forEach((w, j) => {
      if (w.cell !== undefined) check(w.cell, ['contacts', i, 'path', j, 'cell']);
    });
  });
  return out;
}

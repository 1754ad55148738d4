/** The project's convention files agree with the configuration they describe. */
import { readFileSync } from 'node:fs';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json'));

/** The `key = value` pairs of one `[section]` of an .editorconfig text. */
function editorconfigSection(text: string, section: string): Record<string, string> {
  const out: Record<string, string> = {};
  let current = '';
  for (const line of text.split('\n').map((l) => l.trim())) {
    const header = /^\[(.+)\]$/.exec(line);
    if (header) current = header[1];
    const pair = /^([a-z_]+)\s*=\s*(.+)$/.exec(line);
    if (pair && current === section) out[pair[1]] = pair[2];
  }
  return out;
}

/** Whether version "major.minor" meets a ">=major.minor" range. */
function meets(version: string, range: string): boolean {
  const need = /^>=(\d+)\.(\d+)$/.exec(range);
  const have = /^(\d+)\.(\d+)$/.exec(version);
  if (!need || !have) throw new Error(`cannot compare "${version}" with "${range}"`);
  const [, hm, hn] = have.map(Number);
  const [, nm, nn] = need.map(Number);
  return hm > nm || (hm === nm && hn >= nn);
}

describe('project conventions', () => {
  it('.nvmrc names a Node version that package.json engines accepts', () => {
    const nvmrc = read('.nvmrc').trim();
    expect(nvmrc).toMatch(/^\d+\.\d+$/);
    expect(meets(nvmrc, pkg.engines.node)).toBe(true);
  });

  it('the version comparison refuses an older Node', () => {
    expect(meets('20.18', '>=20.19')).toBe(false);
    expect(meets('22.1', '>=20.19')).toBe(true);
  });

  it(".editorconfig's defaults are biome.json's formatter settings", () => {
    const formatter = (parse(read('biome.json')) as { formatter: Record<string, unknown> }).formatter;
    const all = editorconfigSection(read('.editorconfig'), '*');
    expect({
      indentStyle: all.indent_style,
      indentWidth: Number(all.indent_size),
      lineWidth: Number(all.max_line_length),
    }).toEqual({
      indentStyle: formatter.indentStyle,
      indentWidth: formatter.indentWidth,
      lineWidth: formatter.lineWidth,
    });
    expect(all.end_of_line).toBe(String(formatter.lineEnding ?? 'lf'));
  });

  it("package.json's license is the LICENSE file's", () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE').split('\n')[0]).toBe('MIT License');
  });
});

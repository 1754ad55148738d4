import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replay } from '../../../src/engine';
import { parseScenario } from '../../../src/scenario';
import type { ActionFile } from '../../../src/scenario/schema';

const dir = join(import.meta.dirname, '../../../assets/scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('built-in scenarios through the engine', () => {
  it('finds some', () => expect(files.length).toBeGreaterThan(0));

  it.each(files)('%s plays to its end, deterministically, with every probe answered', (file) => {
    const parsed = parseScenario(readFileSync(join(dir, file), 'utf8'));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error.map((p) => p.message).join('; ')}`);
    const sc = parsed.value;
    const actions: ActionFile[] = sc.injects
      .filter((i) => i.type === 'probe')
      .map((i) => ({ at: 0, type: 'answer', probe: i.id, choice: 0 }));
    const run = replay(sc, { actions });
    expect(run.stoppedAtProbe).toBeNull();
    expect(run.state.ended).toBe(true);
    expect(run.state.t).toBeLessThanOrEqual(Math.ceil(sc.durationMs / 250) * 250);
    expect(replay(sc, { actions })).toStrictEqual(run);
    expect(JSON.parse(JSON.stringify(run.state))).toStrictEqual(run.state);
    const appeared = new Set(run.state.log.filter((e) => e.type === 'contact-appeared').map((e) => e.contact));
    const started = sc.contacts.filter((c) => c.start === null || Object.hasOwn(run.state.fired, c.start));
    for (const c of started) if (c.path[0].atMs < run.state.t) expect(appeared).toContain(c.id);
  });
});

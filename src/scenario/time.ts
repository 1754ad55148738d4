/** Time offsets and clock times: parsing and formatting. */

/** Milliseconds for a time offset written as seconds (150, 12.5) or "m:ss" / "h:mm:ss"; null when malformed. */
export function offsetToMs(offset: number | string): number | null {
  if (typeof offset === 'number') {
    return Number.isFinite(offset) && offset >= 0 ? Math.round(offset * 1000) : null;
  }
  const m = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)$/.exec(offset);
  if (!m) return null;
  const [, h, mm, ss] = m;
  return ((Number(h ?? 0) * 60 + Number(mm)) * 60 + Number(ss)) * 1000;
}

/** Minutes after midnight for "HH:MM"; null when malformed. */
export function clockToMinutes(clock: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The "HH:MM" clock time shown to the trainee at scenario time `ms`. */
export function clockAt(startClockMin: number, ms: number): string {
  const total = (startClockMin + Math.floor(ms / 60000)) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** "HH:MM:SS" at scenario time `ms`, for logs and timelines. */
export function clockAtSeconds(startClockMin: number, ms: number): string {
  const secs = Math.floor(ms / 1000);
  const total = (startClockMin * 60 + secs) % 86400;
  const hh = Math.floor(total / 3600);
  const mm = Math.floor((total % 3600) / 60);
  return `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** "m:ss" (or "h:mm:ss") for an offset in ms, the form scenario files use. */
export function formatOffset(ms: number): string {
  const secs = Math.floor(ms / 1000);
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  const s = String(secs % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Signed difference in minutes between two clock times, taking the shorter way round midnight. */
export function clockDiffMinutes(a: number, b: number): number {
  const d = (((a - b) % 1440) + 1440) % 1440;
  return d > 720 ? d - 1440 : d;
}

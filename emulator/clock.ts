// The fake clock shared by every service: it moves only when told (set, advance, Utilities.sleep, lock waits).
import { instantInZone, isIsoDate } from './dates';

export class Clock {
  private ms: number;

  constructor(start: number | string | Date | undefined, private readonly defaultZone: string) {
    this.ms = start === undefined ? Date.now() : parseInstant(start, defaultZone);
  }

  /** The current instant (a Node-realm Date; the script sees its own realm's Date through the runtime). */
  now(): Date {
    return new Date(this.ms);
  }

  nowMs(): number {
    return this.ms;
  }

  /** Moves the clock to an instant: a Date, epoch ms, an ISO instant, or a wall-clock 'YYYY-MM-DD[THH:mm[:ss]]' in the spreadsheet zone. */
  set(when: number | string | Date): void {
    this.ms = parseInstant(when, this.defaultZone);
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`Clock.advance needs a non-negative number of ms, got ${ms}`);
    this.ms += ms;
  }
}

/** Reads an instant; strings without an offset are wall-clock times in `zone`. */
export function parseInstant(when: number | string | Date, zone: string): number {
  if (typeof when === 'number') return when;
  if (typeof when !== 'string') return when.getTime();
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/.exec(when.trim());
  if (m && isIsoDate(m[1])) {
    const ms = m[5] ? Number(m[5].padEnd(3, '0')) : 0;
    return instantInZone(m[1], zone, Number(m[2] ?? 0), Number(m[3] ?? 0), Number(m[4] ?? 0)) + ms;
  }
  const t = Date.parse(when);
  if (Number.isNaN(t)) throw new RangeError(`Not an instant: ${when}`);
  return t;
}

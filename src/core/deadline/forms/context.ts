// What a phrase form sees of the parser: the tokens with their word classes, and the ways to record what it read.
import type { Lex } from '../lexicon';
import type { Shape } from '../periods';
import type { Token } from '../tokens';
import type { Marker, Role } from '../parser';
import type { Unit } from '../lexicon';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** One period read with no preposition, with its year if the text gives one. */
export interface Core {
  shape: Shape;
  year: number | null;
  /** A year written alone. */
  bare: boolean;
}

/** What a period form read: its periods (none for a damaged part, already reported) and the index after it. */
export interface CoreResult {
  items: Core[];
  next: number;
}

/** A period form: one period (or a list of them) at token i, or null. */
export type CoreForm = (ctx: FormContext, i: number) => CoreResult | null;

export interface FormContext {
  readonly t: Token[];
  readonly lx: (Lex | null)[];
  /** The word class at i (null for numbers, punctuation and unknown words). */
  c(i: number): Lex['c'] | null;
  isP(i: number, ch: string): boolean;
  /** A four-digit year 1900–2199 at i. */
  yearAt(i: number): number | null;
  monthAt(i: number): number | null;
  /** Skips the dots after an abbreviation. */
  dots(i: number): number;
  /** Skips «г.», «года» after a year. */
  skipYearWords(i: number): number;
  text(from: number, to: number): string;
  /** The end of the current part: the next «;», «)» or the end of the cell. */
  groupEnd(i: number): number;
  period(shape: Shape, year: number | null, role: Role, pos: number, text: string): void;
  recur(per: Unit, times: number, pos: number, text: string, every?: number): void;
  marker(kind: Marker, pos: number, text: string): void;
  warn(w: string): void;
  /** One period at i, by the period forms in order (years, numbered parts, days, months, seasons). */
  core(i: number): CoreResult | null;
  /** A damaged part («32 декабря 2023»): not read, with the warning. */
  damaged(from: number, to: number, warning: string): void;
  /** A range whose end comes before its start. */
  reversed(text: string): void;
  /** A period inside «в течение …» («в течение учебного года»). */
  duringPeriod(shape: Shape, pos: number, text: string): void;
  /** A marker read from the cell's words (no event warning). */
  plainMarker(kind: Marker, pos: number, text: string, swallowedDates: boolean): void;
  /** Where the last thing read ended. */
  readonly lastEnd: number;
  /** Chains of numbers that ended without a period word: not walked again from their later numbers. */
  readonly miss: { chain: { from: number; to: number }; dayList: { from: number; to: number } };
}

/** A phrase form: reads at token i and returns the index after what it read, or null when it does not apply. */
export type Form = (ctx: FormContext, i: number) => number | null;

/** A number token 1–31 at i (also «3-го»). */
export function dayNumberAt(ctx: FormContext, i: number): number | null {
  const x = ctx.t[i];
  return x && x.k === 'num' && x.text.length <= 2 && x.n >= 1 && x.n <= 31 ? x.n : null;
}

/** Skips «не позднее (чем)», «до», «к», «в срок до»: the words of a due day. Returns the next index, or null. */
export function untilWords(ctx: FormContext, i: number): number | null {
  let k = i;
  let seen = false;
  for (let guard = 0; guard < 5; guard++) {
    const c = ctx.c(k);
    if (c === 'not' && ctx.c(k + 1) === 'later') { k += 2; seen = true; }
    else if (c === 'later' || c === 'until') { k++; seen = true; }
    else if (c === 'in' || c === 'deadlineWord' || c === 'than') k++;
    else break;
  }
  return seen ? k : null;
}

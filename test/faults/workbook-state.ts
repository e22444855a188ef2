// Saving and restoring the emulated workbook in memory, so a fault-injection run can start each of
// its hundreds of trials from the same prepared state without setting it up again.
import type { Emulator } from '../../emulator';

/** A deep copy that keeps classes (prototypes), Maps, Sets and Dates. */
export function deepClone<T>(value: T, seen = new Map<unknown, unknown>()): T {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value instanceof Map) {
    const out = new Map();
    seen.set(value, out);
    for (const [k, v] of value) out.set(deepClone(k, seen), deepClone(v, seen));
    return out as T;
  }
  if (value instanceof Set) {
    const out = new Set();
    seen.set(value, out);
    for (const v of value) out.add(deepClone(v, seen));
    return out as T;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    seen.set(value, out);
    value.forEach((v, i) => (out[i] = deepClone(v, seen)));
    return out as T;
  }
  const out = Object.create(Object.getPrototypeOf(value));
  seen.set(value, out);
  for (const k of Object.keys(value)) out[k] = deepClone((value as Record<string, unknown>)[k], seen);
  return out;
}

type Book = Emulator['env']['book'];

export function saveBook(emu: Emulator): Book {
  return deepClone(emu.env.book);
}

/** Puts the saved workbook back (the model object stays the same one the emulator holds). */
export function restoreBook(emu: Emulator, saved: Book): void {
  const copy = deepClone(saved) as unknown as Record<string, unknown>;
  const book = emu.env.book as unknown as Record<string, unknown>;
  for (const k of Object.keys(copy)) book[k] = copy[k];
}

// The digest's memory in the spreadsheet's document properties: which trigger is the weekly one (and who
// installed it), the pending follow-up trigger, and this week's record of who got the digest.
// Document properties, not script properties: an add-on's script properties are shared by every spreadsheet
// it is installed in (https://developers.google.com/apps-script/guides/properties).
import type { WeekRecord } from '../core/digest';

type Properties = GoogleAppsScript.Properties.Properties;

const KEY = {
  trigger: 'digest.trigger',
  followUp: 'digest.followUp',
  /** Number of chunks; the JSON itself is in digest.week.0, digest.week.1, … */
  week: 'digest.week',
} as const;

/** A property value may hold 9 KB; chunks stay under it with room to spare. */
const CHUNK_BYTES = 8000;

export interface TriggerRecord {
  uid: string;
  /** Who installed it: mail goes from this account. */
  owner: string;
  day: number;
  hour: number;
  timeZone: string;
}

export interface DigestState {
  trigger: TriggerRecord | null;
  followUp: string | null;
  week: WeekRecord | null;
  /** How many chunks the week record has now (to delete the extra ones when it shrinks). */
  weekChunks: number;
}

function parse<T>(text: string | undefined): T | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null; // A damaged record is treated as none: at worst one digest goes out again, never a crash.
  }
}

/** Everything at once: one getProperties call. */
export function readDigestState(props: Properties): DigestState {
  const all = props.getProperties();
  const chunks = Number(all[KEY.week]) || 0;
  let json = '';
  for (let i = 0; i < chunks; i++) json += all[`${KEY.week}.${i}`] ?? '';
  const week = parse<WeekRecord>(json);
  const valid = week && typeof week.week === 'string' && Array.isArray(week.planned) && Array.isArray(week.sent) && Array.isArray(week.failed);
  return {
    trigger: parse<TriggerRecord>(all[KEY.trigger]),
    followUp: all[KEY.followUp] || null,
    week: valid ? week : null,
    weekChunks: chunks,
  };
}

function utf8Bytes(ch: string): number {
  const c = ch.codePointAt(0) as number;
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/** Splits text into pieces of at most `max` UTF-8 bytes, never inside a character. */
export function chunkText(text: string, max = CHUNK_BYTES): string[] {
  const out: string[] = [];
  let piece = '';
  let bytes = 0;
  for (const ch of text) {
    const b = utf8Bytes(ch);
    if (bytes + b > max) {
      out.push(piece);
      piece = '';
      bytes = 0;
    }
    piece += ch;
    bytes += b;
  }
  if (piece || !out.length) out.push(piece);
  return out;
}

/** Saves the week record in one setProperties call; returns the chunk count (delete calls only when it shrinks). */
export function saveWeek(props: Properties, week: WeekRecord, previousChunks: number): number {
  const pieces = chunkText(JSON.stringify(week));
  const values: Record<string, string> = { [KEY.week]: String(pieces.length) };
  pieces.forEach((p, i) => (values[`${KEY.week}.${i}`] = p));
  props.setProperties(values);
  for (let i = pieces.length; i < previousChunks; i++) props.deleteProperty(`${KEY.week}.${i}`);
  return pieces.length;
}

export function saveTrigger(props: Properties, trigger: TriggerRecord): void {
  props.setProperty(KEY.trigger, JSON.stringify(trigger));
}

export function saveFollowUp(props: Properties, uid: string | null): void {
  if (uid) props.setProperty(KEY.followUp, uid);
  else props.deleteProperty(KEY.followUp);
}

/** Forgets the weekly trigger and the follow-up; this week's record stays, so re-enabling never resends it. */
export function clearTriggers(props: Properties): void {
  props.deleteProperty(KEY.trigger);
  props.deleteProperty(KEY.followUp);
}

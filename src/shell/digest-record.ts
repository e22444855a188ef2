// The digest's memory: which trigger runs the digest (and who installed it), and this week's record of who
// got the digest. Kept in the spreadsheet's document properties; where a run has none (an editor add-on's
// time-driven run has no document), in the trigger owner's user properties under the spreadsheet's id.
// Never script properties: an add-on's script properties are shared by every spreadsheet it is installed in
// (https://developers.google.com/apps-script/guides/properties).
import type { WeekRecord } from '../core/digest-run';

type Properties = GoogleAppsScript.Properties.Properties;

/** The calls the digest makes on a property store (PropertiesService's Properties, or a prefixed view of one). */
export interface Store {
  getProperties(): Record<string, string>;
  setProperties(values: Record<string, string>): unknown;
  setProperty(key: string, value: string): unknown;
  deleteProperty(key: string): unknown;
}

/** One spreadsheet's digest keys inside the user's store: `digest:<spreadsheet id>:<key>`. */
function prefixed(props: Properties, spreadsheetId: string): Store {
  const p = `digest:${spreadsheetId}:`;
  return {
    getProperties: () => {
      const all = props.getProperties();
      const out: Record<string, string> = {};
      for (const k of Object.keys(all)) if (k.startsWith(p)) out[k.slice(p.length)] = all[k];
      return out;
    },
    setProperties: (values) => {
      const out: Record<string, string> = {};
      for (const k of Object.keys(values)) out[p + k] = values[k];
      return props.setProperties(out);
    },
    setProperty: (key, value) => props.setProperty(p + key, value),
    deleteProperty: (key) => props.deleteProperty(p + key),
  };
}

/** The store a run reads and writes: the document's, else (an add-on's time-driven run) the user's for this spreadsheet. */
export function digestStore(spreadsheetId: string): Store {
  return PropertiesService.getDocumentProperties() ?? prefixed(PropertiesService.getUserProperties(), spreadsheetId);
}

/** The user's own store for this spreadsheet: what an add-on's time-driven run will see. */
export function userStore(spreadsheetId: string): Store {
  return prefixed(PropertiesService.getUserProperties(), spreadsheetId);
}

const SHEET_OF = 'digest.sheet.';

/** Which spreadsheet each of this user's digest triggers serves (an add-on's trigger runs with no active spreadsheet). */
export function triggerSheets(): Record<string, string> {
  const all = PropertiesService.getUserProperties().getProperties();
  const out: Record<string, string> = {};
  for (const k of Object.keys(all)) if (k.startsWith(SHEET_OF)) out[k.slice(SHEET_OF.length)] = all[k];
  return out;
}

export function saveTriggerSheet(uid: string, spreadsheetId: string): void {
  PropertiesService.getUserProperties().setProperty(SHEET_OF + uid, spreadsheetId);
}

export function forgetTriggerSheet(uid: string): void {
  PropertiesService.getUserProperties().deleteProperty(SHEET_OF + uid);
}

const KEY = {
  trigger: 'digest.trigger',
  /** Left by earlier versions (a one-off follow-up trigger); cleared when the digest is switched on or off. */
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
  /** The digest week current when it was switched on (that week is not sent). */
  since?: string;
}

export interface DigestState {
  trigger: TriggerRecord | null;
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
export function readDigestState(props: Store): DigestState {
  const all = props.getProperties();
  const chunks = Number(all[KEY.week]) || 0;
  let json = '';
  for (let i = 0; i < chunks; i++) json += all[`${KEY.week}.${i}`] ?? '';
  const week = parse<WeekRecord>(json);
  const valid = week && typeof week.week === 'string' && Array.isArray(week.planned) && Array.isArray(week.sent) && Array.isArray(week.failed);
  return {
    trigger: parse<TriggerRecord>(all[KEY.trigger]),
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
export function saveWeek(props: Store, week: WeekRecord, previousChunks: number): number {
  const pieces = chunkText(JSON.stringify(week));
  const values: Record<string, string> = { [KEY.week]: String(pieces.length) };
  pieces.forEach((p, i) => (values[`${KEY.week}.${i}`] = p));
  props.setProperties(values);
  for (let i = pieces.length; i < previousChunks; i++) props.deleteProperty(`${KEY.week}.${i}`);
  return pieces.length;
}

export function saveTrigger(props: Store, trigger: TriggerRecord): void {
  props.setProperty(KEY.trigger, JSON.stringify(trigger));
}

/** Forgets the trigger; this week's record stays, so switching on again never resends it. */
export function clearTriggers(props: Store): void {
  props.deleteProperty(KEY.trigger);
  props.deleteProperty(KEY.followUp);
}

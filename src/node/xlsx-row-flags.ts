// Which row heights in an .xlsx a person set: the `customHeight` flag of a <row> (ECMA-376 §18.3.1.73: «1 if
// the row height has been manually set»). exceljs reads a row's height but drops the flag, and writes
// customHeight="1" on every row with a height; so the flag is read from the file here, and after exceljs
// writes, it is kept only on the rows that had it. A height the script gives (or an office suite's own fitted
// height) stays automatic: Excel and LibreOffice still grow such a row when a person types into it. Runs in
// Node and in the browser.
import JSZip from 'jszip';
import { readEntries, STORED, tableCrc32, writeEntries, type Entry } from './zip-entries';

/** Row numbers with a person's own height, by sheet name. */
export type CustomRows = Map<string, Set<number>>;

const unescapeXml = (s: string): string =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Sheet name → the zip path of its worksheet part, from xl/workbook.xml and its relationships. */
function worksheetPaths(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [tag] of relsXml.matchAll(/<Relationship\s[^>]*>/g)) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const paths = new Map<string, string>();
  for (const [tag] of workbookXml.matchAll(/<sheet\s[^>]*>/g)) {
    const name = attr(tag, 'name');
    const path = targets.get(attr(tag, 'r:id') ?? '');
    if (name !== undefined && path) paths.set(unescapeXml(name), path);
  }
  return paths;
}

/** «customHeight="» in ASCII: the flag is found and cut in the worksheet's bytes, never decoded (a 5,000-activity
 * plan's sheets are about 10 MB). */
const FLAG = [...'customHeight="'].map((c) => c.charCodeAt(0));
/** «g» is the flag name's tenth letter and rare elsewhere in a worksheet (cells are `<c r="A1" s="3"><v>…`). */
const G = 0x67;
const G_AT = 9;
const [LT, QUOTE, GT] = [0x3c, 0x22, 0x3e];

interface Flag {
  /** Where the attribute starts (its leading space) and ends (after its closing quote). */
  from: number;
  to: number;
  row: number;
  custom: boolean;
}

/** The `r` attribute of the tag starting at `lt`, or NaN. */
function rowNumberAt(xml: Uint8Array, lt: number): number {
  if (xml[lt + 1] !== 0x72 || xml[lt + 2] !== 0x6f || xml[lt + 3] !== 0x77) return NaN; // «row»
  for (let i = lt + 4; i < xml.length && xml[i] !== GT; i++) {
    if (xml[i] === 0x72 && xml[i + 1] === 0x3d && xml[i + 2] === QUOTE && (xml[i - 1] === 0x20 || xml[i - 1] === 0x09 || xml[i - 1] === 0x0a || xml[i - 1] === 0x0d)) {
      let n = 0;
      for (let k = i + 3; xml[k] >= 0x30 && xml[k] <= 0x39; k++) n = n * 10 + xml[k] - 0x30;
      return n;
    }
  }
  return NaN;
}

/** Every customHeight attribute of a <row> in a worksheet's bytes. */
function flagsIn(xml: Uint8Array): Flag[] {
  const out: Flag[] = [];
  for (let g = xml.indexOf(G); g >= 0; g = xml.indexOf(G, g + 1)) {
    const at = g - G_AT;
    if (at < 1 || FLAG.some((b, k) => xml[at + k] !== b)) continue;
    const lt = xml.lastIndexOf(LT, at);
    const row = rowNumberAt(xml, lt);
    if (Number.isNaN(row)) continue;
    const value = at + FLAG.length;
    const close = xml.indexOf(QUOTE, value);
    if (close < 0) break;
    out.push({ from: at - 1, to: close + 1, row, custom: xml[value] === 0x31 || xml[value] === 0x74 }); // «1», «true»
  }
  return out;
}

/** The rows of each sheet of an .xlsx whose height a person set (empty when the package cannot be read). */
export async function readCustomRows(bytes: Uint8Array): Promise<CustomRows> {
  const out: CustomRows = new Map();
  let part: (path: string) => Promise<Uint8Array | undefined>;
  const entries = readEntries(bytes);
  if (entries && entries.every((e) => e.method === STORED)) {
    // The command unpacked the file natively before exceljs read it: nothing to inflate.
    const decoder = new TextDecoder();
    const byPath = new Map(entries.map((e) => [decoder.decode(e.name), e]));
    part = async (path) => byPath.get(path)?.data;
  } else {
    try {
      const zip = await JSZip.loadAsync(bytes);
      part = async (path) => zip.file(path)?.async('uint8array');
    } catch {
      return out;
    }
  }
  const decoder = new TextDecoder();
  const [workbookXml, relsXml] = await Promise.all([part('xl/workbook.xml'), part('xl/_rels/workbook.xml.rels')]);
  if (!workbookXml || !relsXml) return out;
  for (const [name, path] of worksheetPaths(decoder.decode(workbookXml), decoder.decode(relsXml))) {
    const xml = await part(path);
    const rows = new Set(xml ? flagsIn(xml).filter((f) => f.custom).map((f) => f.row) : []);
    if (rows.size) out.set(name, rows);
  }
  return out;
}

/**
 * An .xlsx that exceljs wrote with every entry stored, with customHeight left only on the rows in `custom`
 * (by sheet name). The bytes unchanged when there is nothing to change or the package is not a plain zip.
 * `crc32`: Node's native one from the command; the table's in the browser.
 */
export function keepOnlyCustomFlags(stored: Uint8Array, custom: CustomRows, crc32: (data: Uint8Array) => number = tableCrc32): Uint8Array {
  const entries = readEntries(stored);
  if (!entries || entries.some((e) => e.method !== STORED)) return stored;
  const decoder = new TextDecoder();
  const byPath = new Map(entries.map((e, i) => [decoder.decode(e.name), i]));
  const xmlAt = (path: string): string | undefined => {
    const i = byPath.get(path);
    return i === undefined ? undefined : decoder.decode(entries[i].data);
  };
  const workbookXml = xmlAt('xl/workbook.xml');
  const relsXml = xmlAt('xl/_rels/workbook.xml.rels');
  if (!workbookXml || !relsXml) return stored;
  let changed = false;
  for (const [name, path] of worksheetPaths(workbookXml, relsXml)) {
    const i = byPath.get(path);
    if (i === undefined) continue;
    const keep = custom.get(name);
    const cut = flagsIn(entries[i].data).filter((f) => !(f.custom && keep?.has(f.row)));
    if (!cut.length) continue;
    const xml = entries[i].data;
    const data = new Uint8Array(xml.length - cut.reduce((n, f) => n + f.to - f.from, 0));
    let from = 0;
    let at = 0;
    for (const f of cut) {
      data.set(xml.subarray(from, f.from), at);
      at += f.from - from;
      from = f.to;
    }
    data.set(xml.subarray(from), at);
    const entry: Entry = { ...entries[i], data, size: data.length, crc: crc32(data) };
    entries[i] = entry;
    changed = true;
  }
  return changed ? writeEntries(entries) : stored;
}

// What a file really is, from its bytes alone (names lie: an .ods renamed to .xlsx, a truncated copy, a
// password-protected workbook). Runs in Node and in the browser: no file system here.
import { FILES } from '../core';

export type FileKind = 'xlsx' | 'empty' | 'truncated' | 'ods' | 'encrypted' | 'xls' | 'other-zip' | 'not-zip';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: old .xls, and every password-protected (encrypted) Office Open XML file. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A zip's end-of-central-directory record: the last thing written, so a cut-off copy lacks it. */
const EOCD = [0x50, 0x4b, 0x05, 0x06];

const startsWith = (bytes: Uint8Array, magic: number[], at = 0): boolean => magic.every((b, i) => bytes[at + i] === b);

function indexOf(bytes: Uint8Array, needle: number[], from = 0): number {
  outer: for (let i = from; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const utf16 = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0), 0]);

/** The end-of-central-directory record lies in the last 64 KiB (22 bytes plus a comment of up to 65,535). */
function hasZipEnd(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 65557);
  for (let i = bytes.length - 22; i >= from; i--) if (startsWith(bytes, EOCD, i)) return true;
  return false;
}

export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, CFB)) return indexOf(bytes, utf16('EncryptionInfo')) >= 0 ? 'encrypted' : 'xls';
  if (!startsWith(bytes, ZIP)) return 'not-zip';
  // ODF puts an uncompressed «mimetype» entry first (ODF 1.2, part 3, §3.3).
  if (startsWith(bytes, ascii('mimetype'), 30) && indexOf(bytes.subarray(0, 200), ascii('opendocument')) >= 0) return 'ods';
  if (!hasZipEnd(bytes)) return 'truncated';
  // Entry names are stored uncompressed in the central directory.
  return indexOf(bytes, ascii('xl/workbook.xml')) >= 0 ? 'xlsx' : 'other-zip';
}

/** A Russian message for a file that cannot be a workbook, or null when it may be one. */
export function workbookProblem(kind: FileKind, name: string): string | null {
  switch (kind) {
    case 'xlsx': return null;
    case 'empty': return FILES.empty(name);
    case 'truncated': return FILES.truncated(name);
    case 'ods': return FILES.odsRenamed(name);
    case 'encrypted': return FILES.encrypted(name);
    case 'xls': return FILES.xls(name);
    case 'other-zip': return FILES.otherDocument(name);
    case 'not-zip': return FILES.notZip(name);
  }
}

/** The file name's own problem before its bytes are read: .xls, .ods, neither .xlsx nor .csv. */
export function extensionProblem(name: string): string | null {
  const ext = /\.[^.\\/]*$/.exec(name)?.[0].toLowerCase() ?? '';
  if (ext === '.xlsx' || ext === '.csv') return null;
  if (ext === '.xls') return FILES.xls(name);
  if (ext === '.ods') return FILES.ods(name);
  return FILES.notXlsx(name);
}

/** A message every shell shows as it is: no stack trace, exit code 2 in the command. */
export class FileProblem extends Error {
  /** `kind`: what the bytes were, when that is the problem (the web page words an empty file its own way). */
  constructor(message: string, readonly kind?: FileKind) {
    super(message);
    this.name = 'FileProblem';
  }
}

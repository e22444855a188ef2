// Utilities: Java-style date and string formatting, the fake-clock sleep, UUIDs, blobs and base64.
// https://developers.google.com/apps-script/reference/utilities/utilities
import { createHash } from 'node:crypto';
import type { Env } from './env';
import { signatureMessage } from './errors';
import { instrument } from './instrument';
import { formatJavaDate, PatternError } from './java-date-format';
import { isDate } from './realm';

export const Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;
export const DigestAlgorithm = { MD2: 'MD2', MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256', SHA_384: 'SHA_384', SHA_512: 'SHA_512' } as const;

/**
 * Java String.format for the common conversions (%s %d %f %.2f %5d %-5s %05d %x %o %e %b %c %% %n),
 * which Utilities.formatString and Logger.log(format, …) use.
 */
export function javaFormat(template: string, args: unknown[]): string {
  let next = 0;
  return String(template).replace(/%(\d+\$)?([-#+ 0,(]*)(\d+)?(?:\.(\d+))?([sSdfxXobBceEn%])/g, (_m, pos: string | undefined, flags: string, width: string | undefined, prec: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    if (conv === 'n') return '\n';
    const arg = pos ? args[Number(pos.slice(0, -1)) - 1] : args[next++];
    let s: string;
    switch (conv) {
      case 'd': s = String(Math.trunc(Number(arg))); if (flags.includes(',')) s = s.replace(/\B(?=(\d{3})+(?!\d))/g, ','); break;
      case 'f': s = Number(arg).toFixed(prec === undefined ? 6 : Number(prec)); break;
      case 'e': case 'E': s = Number(arg).toExponential(prec === undefined ? 6 : Number(prec)).replace(/e([+-])(\d)$/, 'e$10$2'); if (conv === 'E') s = s.toUpperCase(); break;
      case 'x': case 'X': s = Math.trunc(Number(arg)).toString(16); if (conv === 'X') s = s.toUpperCase(); break;
      case 'o': s = Math.trunc(Number(arg)).toString(8); break;
      case 'b': case 'B': s = String(arg !== null && arg !== undefined && arg !== false); break;
      case 'c': s = typeof arg === 'number' ? String.fromCharCode(arg) : String(arg).charAt(0); break;
      default: s = arg === undefined ? 'null' : String(arg); if (prec !== undefined) s = s.slice(0, Number(prec)); if (conv === 'S') s = s.toUpperCase();
    }
    if (flags.includes('+') && /^[0-9]/.test(s) && 'dfeE'.includes(conv)) s = `+${s}`;
    if (width && s.length < Number(width)) {
      if (flags.includes('-')) s = s.padEnd(Number(width));
      else if (flags.includes('0') && 'dfxXoeE'.includes(conv)) s = (s.startsWith('-') ? '-' : '') + s.replace(/^-/, '').padStart(Number(width) - (s.startsWith('-') ? 1 : 0), '0');
      else s = s.padStart(Number(width));
    }
    return s;
  });
}

/** Apps Script byte arrays are Java byte[]: signed, -128…127. */
function toSigned(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}
function toBytes(data: unknown, charset?: string): Uint8Array {
  if (typeof data === 'string') return charset === 'US_ASCII' ? Buffer.from(data, 'latin1') : Buffer.from(data, 'utf8');
  if (Array.isArray(data)) return Uint8Array.from(data as number[], (b) => b & 0xff);
  if (data instanceof Uint8Array) return data;
  return Buffer.from(String(data), 'utf8');
}

export class Utilities {
  readonly Charset = Charset;
  readonly DigestAlgorithm = DigestAlgorithm;
  constructor(readonly env: Env) {}

  /** Java SimpleDateFormat pattern in the given zone (use 'yyyy': 'YYYY' is the week year). */
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      this.env.fail(signatureMessage([date, timeZone, format], 'Utilities.formatDate'));
    }
    try {
      return formatJavaDate(date.getTime(), timeZone, format);
    } catch (e) {
      if (e instanceof PatternError) this.env.fail(`Invalid argument: format (${e.message})`);
      throw e;
    }
  }

  formatString(template: string, ...args: unknown[]): string {
    return javaFormat(template, args);
  }

  /** Advances the fake clock; nothing really waits. */
  sleep(milliseconds: number): void {
    this.env.clock.advance(Math.max(0, Number(milliseconds) || 0));
  }

  /** A version-4 UUID from the emulator's seeded generator (runs repeat exactly). */
  getUuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.env.random() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  newBlob(data: unknown, contentType?: string, name?: string): Blob {
    const ct = contentType ?? (typeof data === 'string' ? 'text/plain' : null);
    return new Blob(this.env, toBytes(data), ct, name ?? null);
  }

  base64Encode(data: string | number[], charset?: string): string {
    return Buffer.from(toBytes(data, charset)).toString('base64');
  }

  base64EncodeWebSafe(data: string | number[], charset?: string): string {
    return Buffer.from(toBytes(data, charset)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string): number[] {
    return this.env.realm.makeArray(toSigned(Buffer.from(String(encoded), 'base64')));
  }

  base64DecodeWebSafe(encoded: string): number[] {
    return this.base64Decode(String(encoded).replace(/-/g, '+').replace(/_/g, '/'));
  }

  computeDigest(algorithm: string, value: string | number[], charset?: string): number[] {
    const alg = { MD2: '', MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' }[String(algorithm)];
    if (!alg) this.env.fail(signatureMessage([algorithm, value], 'Utilities.computeDigest'));
    return this.env.realm.makeArray(toSigned(createHash(alg).update(toBytes(value, charset)).digest()));
  }

  /** RFC 4180 CSV → String[][] (the delimiter defaults to ','). */
  parseCsv(csv: string, delimiter = ','): string[][] {
    return this.env.realm.makeGrid(parseCsvText(String(csv), delimiter));
  }
}

/** RFC 4180: quoted fields, doubled quotes, CRLF or LF rows. */
export function parseCsvText(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; }
        else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export class Blob implements Pick<GoogleAppsScript.Base.Blob, 'getDataAsString' | 'getName' | 'getContentType'> {
  constructor(readonly env: Env, private bytes: Uint8Array, private contentType: string | null, private name: string | null) {}

  getBytes(): number[] {
    return this.env.realm.makeArray(toSigned(this.bytes));
  }
  setBytes(data: number[]): Blob {
    this.bytes = toBytes(data);
    return this;
  }
  getDataAsString(charset?: string): string {
    return Buffer.from(this.bytes).toString(charset === 'US_ASCII' ? 'latin1' : 'utf8');
  }
  setDataFromString(string: string, charset?: string): Blob {
    this.bytes = toBytes(string, charset);
    return this;
  }
  getName(): string {
    return this.name as string;
  }
  setName(name: string): Blob {
    this.name = String(name);
    return this;
  }
  getContentType(): string {
    return this.contentType as string;
  }
  setContentType(contentType: string): Blob {
    this.contentType = String(contentType);
    return this;
  }
  setContentTypeFromExtension(): Blob {
    const ext = (this.name ?? '').split('.').pop()?.toLowerCase() ?? '';
    const types: Record<string, string> = {
      txt: 'text/plain', html: 'text/html', csv: 'text/csv', json: 'application/json', pdf: 'application/pdf',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    };
    this.contentType = types[ext] ?? this.contentType;
    return this;
  }
  copyBlob(): Blob {
    return new Blob(this.env, Uint8Array.from(this.bytes), this.contentType, this.name);
  }
  getBlob(): Blob {
    return this;
  }
  isGoogleType(): boolean {
    return false;
  }
  /** The raw bytes (back door for tests and tools; not an Apps Script method). */
  _raw(): Uint8Array {
    return this.bytes;
  }
}

instrument(Utilities, 'Utilities', 'Utilities');
instrument(Blob, 'Utilities', 'Blob');

// The exceptions Apps Script throws: `Error` objects named 'Exception', created in the script's realm.
import type { Realm } from './realm';

/**
 * V8 Apps Script reports service failures as `Exception: <text>`: an Error whose name is 'Exception'.
 * It is made with the script realm's Error so `e instanceof Error` holds inside the bundle.
 */
export function gasError(realm: Pick<Realm, 'Error'>, message: string): Error {
  const e = new realm.Error(message);
  e.name = 'Exception';
  return e;
}

/** Apps Script's names for argument types in "The parameters (…) don't match the method signature" errors. */
export function gasTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `${value.length ? gasTypeName(value[0]) : 'Object'}[]`;
  if (Object.prototype.toString.call(value) === '[object Date]') return 'Date';
  switch (typeof value) {
    case 'string': return 'String';
    case 'number': return 'number';
    case 'boolean': return 'Boolean';
    case 'function': return 'Function';
    default: return 'Object';
  }
}

/**
 * The text V8 Apps Script uses when a method gets arguments of the wrong shape, e.g.
 * `The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.`
 * (wording seen in field reports and in tanaikech/gas-fakes tests that run against real Apps Script;
 * the type names for arrays are our best guess).
 */
export function signatureMessage(args: unknown[], method: string): string {
  return `The parameters (${args.map(gasTypeName).join(',')}) don't match the method signature for ${method}.`;
}

/** An error in how a test drives the emulator (not something Apps Script would throw). */
export class EmulatorUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmulatorUsageError';
  }
}

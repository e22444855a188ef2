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

/**
 * Apps Script's own exceptions arrive in the account's language: on a Russian account the mail quota error
 * reads «Служба была вызвана слишком много раз за день: email» (issue 12, quoting a real account). With
 * `accountLanguage: 'ru'` the emulator throws the Russian texts below, so tests prove the add-on never reads an
 * error's wording. Only the mail text is quoted from a real account; the others are our translations (the
 * exact Russian wording Google uses is unverified) — what matters is that they are not the English ones.
 * Add entries here, do not rewrite: [English start, Russian start]; the rest of the message is kept.
 */
export const RUSSIAN_ERRORS: [string, string][] = [
  ['Service invoked too many times for one day:', 'Служба была вызвана слишком много раз за день:'],
  ['You do not have permission to call', 'У вас нет разрешения на вызов'],
  ['Authorization is required to perform that action.', 'Для выполнения этого действия требуется авторизация.'],
  ['Exceeded maximum execution time', 'Превышено максимальное время выполнения'],
  ["Document is missing (perhaps it was deleted, or you don't have read access?)", 'Документ отсутствует (возможно, он удален или у вас нет прав на чтение)'],
  ['API call to ', 'Не удалось выполнить вызов API '],
  [' failed with error: ', ', ошибка: '],
  ['File not found: ', 'Файл не найден: '],
  ['Requested entity was not found.', 'Запрошенный объект не найден.'],
  ['Invalid requests[', 'Недопустимые запросы['],
  // MailApp, PropertiesService, ScriptApp and the fault injector (faults.ts): our translations, unverified.
  ['Invalid email: ', 'Недопустимый адрес электронной почты: '],
  ["We're sorry, a server error occurred. Please wait a bit and try again.", 'Произошла ошибка сервера. Подождите немного и повторите попытку.'],
  ['You have exceeded the property storage quota. Please remove some properties and try again.', 'Превышена квота хранилища свойств. Удалите некоторые свойства и повторите попытку.'],
  ['This script has too many triggers. Triggers must be deleted from the script before more can be added.', 'У этого скрипта слишком много триггеров. Удалите триггеры, прежде чем добавлять новые.'],
];

/** The message as an account in `language` sees it. */
export function inAccountLanguage(language: string, message: string): string {
  if (!language.startsWith('ru')) return message;
  let out = message;
  for (const [en, ru] of RUSSIAN_ERRORS) out = out.split(en).join(ru);
  return out;
}

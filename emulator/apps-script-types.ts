// Type helpers that let the checker compare emulator classes with @types/google-apps-script.

/**
 * The parameter lists of some methods of an Apps Script interface, with any return type: a class that
 * `implements ParamsOf<GoogleAppsScript.Spreadsheet.Range, 'setValues'>` must accept what the real
 * method accepts (chaining methods return our own classes, so return types cannot be compared).
 */
export type ParamsOf<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : never;
};

// The realm adapter: builds Dates, arrays and errors with the constructors of the script's own realm.
import * as vm from 'node:vm';

/**
 * A Date or array made by the test's realm fails `instanceof Date` / `instanceof Array` inside a
 * gas-local context (and the other way round). Every value the emulator hands to the script is built
 * here, so it belongs to whatever realm the script runs in.
 */
export class Realm {
  Date: DateConstructor = Date;
  Array: ArrayConstructor = Array;
  Object: ObjectConstructor = Object;
  Error: ErrorConstructor = Error;
  /** The vm context of the loaded bundle, if any (HTML templates evaluate their scriptlets there). */
  context: vm.Context | undefined;

  /** Switches to the realm of a vm context (called by the runtime once the bundle's context exists). */
  attach(context: vm.Context): void {
    this.context = context;
    this.Date = vm.runInContext('Date', context);
    this.Array = vm.runInContext('Array', context);
    this.Object = vm.runInContext('Object', context);
    this.Error = vm.runInContext('Error', context);
  }

  makeDate(ms: number): Date {
    return new this.Date(ms);
  }

  makeArray<T>(items: Iterable<T> | ArrayLike<T>): T[] {
    return this.Array.from(items);
  }

  /** A 2D array whose rows and outer array all belong to the script realm. */
  makeGrid<T>(rows: T[][]): T[][] {
    const out = new this.Array<T[]>(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = this.Array.from(rows[i]);
    return out;
  }

  /** A plain object of the script realm with the given own properties. */
  makeObject<T extends object>(props: T): T {
    return this.Object.assign(new this.Object(), props) as T;
  }
}

/** True for a Date from any realm. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

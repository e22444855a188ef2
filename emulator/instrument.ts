// Turns every public method of a service class into a counted, context-checked Apps Script call.
import type { Env } from './env';

const WRAPPED = Symbol('counted');

/**
 * Wraps the prototype methods of `Class` once: a call made by the script (call depth 0) is counted as
 * `service` / `className.method` and checked against the execution context; calls the emulator makes
 * internally (depth > 0) and calls through the back door (`env.backdoor`) are neither.
 * Methods whose names start with '_' are internal and left alone; enum properties are plain data.
 */
export function instrument(Class: { prototype: object }, service: string, className: string): void {
  const proto = Class.prototype as Record<string | symbol, unknown>;
  if (proto[WRAPPED]) return;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor' || name.startsWith('_')) continue;
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    if (!desc || typeof desc.value !== 'function') continue;
    const original = desc.value as (...args: unknown[]) => unknown;
    const method = `${className}.${name}`;
    const wrapped = function (this: { env: Env }, ...args: unknown[]): unknown {
      const env = this.env;
      if (env.backdoor) return original.apply(this, args);
      const calls = env.calls;
      if (calls.depth === 0) {
        calls.record(service, method);
        env.context.check(service, className, name);
        // Another person (or a fault) acting between two of the script's calls, as tests arrange it.
        if (calls.beforeCall) calls.uncounted(() => calls.beforeCall?.(method));
      }
      const counted = calls.depth === 0;
      calls.depth++;
      try {
        const result = original.apply(this, args);
        if (counted) calls.cells(method, args, result);
        return result;
      } finally {
        calls.depth--;
      }
    };
    Object.defineProperty(wrapped, 'name', { value: name });
    Object.defineProperty(proto, name, { ...desc, value: wrapped });
  }
  Object.defineProperty(proto, WRAPPED, { value: true });
}

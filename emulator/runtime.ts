// The runtime: loads the built bundle (dist/Code.js) into a gas-local context wired to the emulator,
// and runs its top-level functions as Apps Script would — from a menu, a trigger or a dialog.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import type { AuthMode, RunKind } from './context';
import { EmulatorUsageError, gasError } from './errors';
import type { Emulator } from './index';
import { User } from './session';
import { clockEvent } from './triggers';
import { Spreadsheet } from './spreadsheet/spreadsheet';

type GasLocal = { require(folder: string, globals?: object, options?: { filter?: (file: string) => boolean }): vm.Context };
// gas-local ships no types; its whole API is this one function (node_modules/gas-local/gasrequire.js).
const gasLocal = require('gas-local') as GasLocal;

/** <repo>/dist/Code.js: the emulator and the built Node tools (lib/) both sit one level below the root. */
export const DEFAULT_CODE_PATH = path.join(__dirname, '..', 'dist', 'Code.js');

export interface RunOptions {
  /** How the function is started; decides the auth mode (simple → LIMITED, else FULL) and the default event. */
  as?: RunKind;
  authMode?: AuthMode;
  /** The event object (e.g. from emu.userEdit); a default is built where Apps Script passes one. */
  event?: Record<string, unknown>;
  /** Arguments for a dialog call (google.script.run.fn(...args)). */
  args?: unknown[];
  /** Email Session.getActiveUser() reports in this run. */
  activeUser?: string;
}

export interface LoadedBundle {
  /** Top-level functions of the bundle, sorted. */
  functions: string[];
  /** The vm context the bundle runs in (its realm). */
  context: vm.Context;
  /** Runs a top-level function by name and returns its result. */
  run(name: string, opts?: RunOptions): unknown;
}

/** Replaces the context's Date so `new Date()` and `Date.now()` in the script read the fake clock. */
const FAKE_DATE = `(function (now) {
  var RealDate = Date;
  function FakeDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return args.length === 0 ? new RealDate(now()) : new RealDate(...args);
  }
  FakeDate.prototype = RealDate.prototype; // so the realm's Dates are instanceof Date
  FakeDate.now = function () { return now(); };
  FakeDate.UTC = RealDate.UTC;
  FakeDate.parse = RealDate.parse;
  Object.defineProperty(globalThis, 'Date', { value: FakeDate, writable: true, configurable: true, enumerable: false });
})`;

/**
 * Loads `codePath` with gas-local into a fresh context whose globals are the emulator's services,
 * makes the emulator build values in that context's realm, and applies the manifest next to the code
 * (appsscript.json: timeZone as the script zone, oauthScopes as the granted scopes) unless the emulator
 * was given those explicitly.
 */
export function loadBundle(emu: Emulator, codePath: string = DEFAULT_CODE_PATH): LoadedBundle {
  const file = path.resolve(codePath);
  if (!existsSync(file)) throw new EmulatorUsageError(`No bundle at ${file}: run \`node scripts/build.mjs\` first`);
  applyManifest(emu, path.join(path.dirname(file), 'appsscript.json'));

  const globals: Record<string, unknown> = { ...emu.globals };
  const ctx = vm.createContext(globals);
  (vm.runInContext(FAKE_DATE, ctx) as (now: () => number) => void)(() => emu.clock.nowMs());
  gasLocal.require(path.dirname(file), ctx, { filter: (f) => path.resolve(f) === file });
  emu.env.realm.attach(ctx);

  const provided = new Set(Object.keys(emu.globals));
  const functions = Object.keys(ctx).filter((k) => typeof ctx[k] === 'function' && !provided.has(k)).sort();
  return { functions, context: ctx, run: (name, opts) => runFunction(emu, ctx, functions, name, opts ?? {}) };
}

function applyManifest(emu: Emulator, manifestPath: string): void {
  if (!existsSync(manifestPath)) return;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { timeZone?: string; oauthScopes?: string[] };
  if (manifest.timeZone && !emu.env.explicit.has('scriptTimeZone')) emu.env.options = { ...emu.env.options, scriptTimeZone: manifest.timeZone };
  if (manifest.oauthScopes && !emu.env.explicit.has('oauthScopes')) emu.env.context.grantedScopes = manifest.oauthScopes;
}

function runFunction(emu: Emulator, ctx: vm.Context, functions: string[], name: string, opts: RunOptions): unknown {
  const env = emu.env;
  const kind = opts.as ?? 'editor';
  const fn = ctx[name] as ((...args: unknown[]) => unknown) | undefined;
  // Menus, triggers and google.script.run cannot reach private functions (names ending in '_').
  if (typeof fn !== 'function' || !functions.includes(name) || (name.endsWith('_') && kind !== 'editor')) {
    throw gasError(env.realm, `Script function not found: ${name}`);
  }
  const run = env.context.enter(kind, { authMode: opts.authMode, functionName: name, activeUser: opts.activeUser });
  const callsBefore = env.calls.total();
  const record = { functionName: name, kind, authMode: run.authMode, startedMs: run.startedMs, durationMs: 0, calls: 0 } as import('./env').ExecutionRecord;
  env.executions.push(record);
  try {
    const event = buildEvent(emu, name, kind, opts);
    const args = event ? [event] : opts.args ?? [];
    return fn.apply(undefined, args);
  } catch (e) {
    record.error = e instanceof Error || (e && typeof e === 'object' && 'message' in e) ? `${(e as Error).name}: ${(e as Error).message}` : String(e);
    throw e;
  } finally {
    record.durationMs = env.clock.nowMs() - run.startedMs;
    record.calls = env.calls.total() - callsBefore;
    env.locks.releaseAll(); // Apps Script releases locks when the execution ends.
    env.context.exit();
  }
}

/** The event Apps Script passes (https://developers.google.com/apps-script/guides/triggers/events). */
function buildEvent(emu: Emulator, name: string, kind: RunKind, opts: RunOptions): Record<string, unknown> | undefined {
  const env = emu.env;
  const ctx = env.context.current;
  const user = (): User => new User(env, ctx.activeUser);
  const triggerUid = (): string => String(Math.floor(env.random() * 1e10));
  if (opts.event) {
    const e: Record<string, unknown> = { ...opts.event, authMode: ctx.authMode };
    if ('user' in e) e.user = user();
    if (kind === 'installable' && e.triggerUid === undefined) e.triggerUid = triggerUid();
    return env.realm.makeObject(e);
  }
  if (kind === 'time') {
    // The same event the trigger registry builds when the fake clock fires a trigger.
    return env.realm.makeObject({ ...clockEvent(env.clock.nowMs(), triggerUid()), authMode: ctx.authMode });
  }
  if (name === 'onOpen' && (kind === 'simple' || kind === 'installable')) {
    const e: Record<string, unknown> = { authMode: ctx.authMode, source: new Spreadsheet(env), user: user() };
    if (kind === 'installable') e.triggerUid = triggerUid();
    return env.realm.makeObject(e);
  }
  if (name === 'onInstall') return env.realm.makeObject({ authMode: ctx.authMode });
  if (name === 'onEdit' && (kind === 'simple' || kind === 'installable')) {
    throw new EmulatorUsageError('onEdit needs its event: pass { event: emu.userEdit(sheet, a1, value) }');
  }
  return undefined;
}

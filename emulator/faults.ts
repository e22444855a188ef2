// Fault injection: the n-th counted service call from now fails once, the way Google fails — a transient
// server error, a property store that refuses a write, the mail quota spent by another script, the run
// reaching Apps Script's time limit, a lock another execution holds. Harness tests call each in turn.
import type { Env } from './env';
import { MAIL_ERRORS, mailBox } from './mail';
import { QUOTA_MESSAGE } from './properties';

/** The generic server error scripts in the wild retry on (field reports); the run-time limit's text (apps-script-facts §1). */
const SERVER_ERROR = "We're sorry, a server error occurred. Please wait a bit and try again.";
const TIME_LIMIT = 'Exceeded maximum execution time';

export type FaultKind = 'transient' | 'store' | 'quota' | 'time' | 'lock';

/** Which calls a fault applies to: every call, the property stores, sending mail, getting a lock. */
export function faultApplies(kind: FaultKind, method: string): boolean {
  switch (kind) {
    case 'transient':
    case 'time':
      return true;
    case 'store':
      return method.startsWith('Properties.') || method.startsWith('PropertiesService.');
    case 'quota':
      return method === 'MailApp.sendEmail';
    case 'lock':
      return method === 'Lock.tryLock' || method === 'Lock.waitLock';
  }
}

export interface InjectedFault {
  at: number;
  kind: FaultKind;
  method: string;
}

/** Counts the script's service calls and fails the chosen one. */
export class FaultInjector {
  /** Counted calls since `arm` (or since the emulator started). */
  seen = 0;
  /** Each counted call's 'Class.method', in order, since `arm`. */
  readonly methods: string[] = [];
  /** The fault, once it has been injected. */
  injected: InjectedFault | null = null;
  private planned: { at: number; kind: FaultKind } | null = null;
  /** After a time fault: the execution that ran out of time (its every later call fails too). */
  private expired: object | null = null;

  constructor(private readonly env: Env) {}

  /** Fails the `at`-th call from now (1-based) with `kind`; `at` = Infinity only counts. */
  arm(at: number, kind: FaultKind = 'transient'): void {
    this.planned = { at, kind };
    this.seen = 0;
    this.methods.length = 0;
    this.injected = null;
    this.expired = null;
  }

  disarm(): void {
    this.planned = null;
    this.expired = null;
  }

  /** @internal Called before each counted call (CallCounter.beforeCall). */
  _before(method: string): void {
    const env = this.env;
    if (this.expired && this.expired === env.context.current) env.fail(TIME_LIMIT);
    this.seen++;
    this.methods.push(method);
    const p = this.planned;
    if (!p || this.seen !== p.at || !faultApplies(p.kind, method)) return;
    this.injected = { at: p.at, kind: p.kind, method };
    this.planned = null;
    switch (p.kind) {
      case 'transient':
        return env.fail(SERVER_ERROR);
      case 'store':
        return env.fail(QUOTA_MESSAGE);
      case 'quota': {
        // Another execution of the same user spent the rest of today's quota a moment ago.
        const box = mailBox(env);
        const user = env.context.current.activeUser || env.options.user;
        box.spend(box.remaining(user), user);
        return env.fail(MAIL_ERRORS.overQuota);
      }
      case 'time':
        // Apps Script ends the execution: this call and every later one of the same run fail.
        this.expired = env.context.current;
        return env.fail(TIME_LIMIT);
      case 'lock':
        // Another execution took the lock just now and keeps it for ten minutes.
        for (const kind of ['script', 'document', 'user'] as const) env.locks.holdElsewhere(kind, { forMs: 10 * 60_000, nowMs: env.clock.nowMs() });
    }
  }
}

const FAULTS = Symbol('faults');

/** The injector of an emulator (one per Env; it takes the call counter's beforeCall hook on first use). */
export function faultInjector(env: Env): FaultInjector {
  const holder = env as unknown as { [FAULTS]?: FaultInjector };
  if (!holder[FAULTS]) {
    const injector = new FaultInjector(env);
    Object.defineProperty(env, FAULTS, { value: injector, enumerable: false });
    env.calls.beforeCall = (method: string) => injector._before(method);
  }
  return holder[FAULTS] as FaultInjector;
}

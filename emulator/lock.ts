// LockService: script, document and user locks, with other executions' locks simulated by the test.
// https://developers.google.com/apps-script/reference/lock/lock
import type { Env } from './env';
import { instrument } from './instrument';

export type LockKind = 'script' | 'document' | 'user';

/** Lock.waitLock's text when it gives up, as field reports quote it (no Google page states it). */
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/** Who holds which lock: this execution, or (simulated) another one. */
export class LockRegistry {
  private readonly elsewhere = new Map<LockKind, number>();
  private readonly mine = new Set<LockKind>();

  /**
   * Makes the lock appear held by another execution. With `forMs`, that execution releases it after
   * that long on the fake clock (so a long enough tryLock/waitLock succeeds); without, until `releaseElsewhere`.
   */
  holdElsewhere(kind: LockKind, opts: { forMs?: number; nowMs?: number } = {}): void {
    this.elsewhere.set(kind, opts.forMs === undefined ? Infinity : (opts.nowMs ?? 0) + opts.forMs);
  }

  releaseElsewhere(kind: LockKind): void {
    this.elsewhere.delete(kind);
  }

  /** Locks the current execution holds. */
  heldByScript(): LockKind[] {
    return [...this.mine];
  }

  /** Apps Script releases every lock when an execution ends. */
  releaseAll(): void {
    this.mine.clear();
  }

  /** @internal */
  _acquire(env: Env, kind: LockKind, timeoutMs: number): boolean {
    if (this.mine.has(kind)) return true;
    const until = this.elsewhere.get(kind);
    const now = env.clock.nowMs();
    if (until !== undefined && until > now) {
      if (until > now + Math.max(0, timeoutMs)) {
        env.clock.advance(Math.max(0, timeoutMs));
        return false;
      }
      env.clock.advance(until - now);
    }
    this.elsewhere.delete(kind);
    this.mine.add(kind);
    return true;
  }

  /** @internal */
  _release(kind: LockKind): void {
    this.mine.delete(kind);
  }

  /** @internal */
  _holds(kind: LockKind): boolean {
    return this.mine.has(kind);
  }
}

export class LockService {
  constructor(readonly env: Env) {}

  getScriptLock(): Lock {
    return new Lock(this.env, 'script');
  }

  /** Null outside the context of a containing document: here, an add-on's time-driven run. */
  getDocumentLock(): Lock {
  // Typed non-null like @types/google-apps-script, which also declares it so; null at run time as in Google.
    if (this.env.options.addon && this.env.context.current.kind === 'time') return null as unknown as Lock;
    return new Lock(this.env, 'document');
  }

  getUserLock(): Lock {
    return new Lock(this.env, 'user');
  }
}

export class Lock implements Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'hasLock'> {
  constructor(readonly env: Env, private readonly kind: LockKind) {}

  /** Waits up to timeoutInMillis on the fake clock; false if another execution still holds the lock. */
  tryLock(timeoutInMillis: number): boolean {
    return this.env.locks._acquire(this.env, this.kind, Number(timeoutInMillis));
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.env.locks._acquire(this.env, this.kind, Number(timeoutInMillis))) this.env.fail(LOCK_TIMEOUT_MESSAGE);
  }

  /** A no-op if the lock is not held. */
  releaseLock(): void {
    this.env.locks._release(this.kind);
  }

  hasLock(): boolean {
    return this.env.locks._holds(this.kind);
  }
}

instrument(LockService, 'LockService', 'LockService');
instrument(Lock, 'LockService', 'Lock');

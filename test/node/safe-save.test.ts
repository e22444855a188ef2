// Fault injection: the save is killed (or fails) at every file-system call in turn; afterwards the target
// is the original file or the complete new one, never less, and a backup is never half a file.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFs, saveWithBackup, type SaveFs } from '../../src/node/safe-save';

class Killed extends Error {}

/**
 * The real file system, with call number `at` (1-based) going wrong: 'kill' stops the process there
 * (that call and every later one do nothing; a killed write leaves half its bytes), 'fail' makes that
 * one call fail with `code` as the system would, and the save's own clean-up runs.
 */
function faulty(at: number, mode: 'kill' | 'fail', code = 'ENOSPC'): { io: SaveFs; calls: () => number } {
  let n = 0;
  let dead = false;
  const io = {} as SaveFs;
  for (const [name, fn] of Object.entries(nodeFs) as [keyof SaveFs, (...a: unknown[]) => unknown][]) {
    (io as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      if (dead) throw new Killed(`after kill: ${name}`);
      n++;
      if (n === at) {
        if (mode === 'kill') {
          dead = true;
          if (name === 'write') {
            const [fd, bytes] = args as [number, Uint8Array];
            nodeFs.write(fd, bytes.subarray(0, bytes.length >> 1));
          }
          throw new Killed(`killed at ${name}`);
        }
        throw Object.assign(new Error(`${code}: ${name}`), { code });
      }
      return fn(...args);
    };
  }
  return { io, calls: () => n };
}

const OLD = Buffer.alloc(3_500_000, 'о');
const NEW = Buffer.alloc(2_600_000, 'н');
const NOW = new Date(Date.UTC(2024, 8, 2, 6, 30));

function dirWith(original: boolean): { dir: string; target: string } {
  const dir = mkdtempSync(join(tmpdir(), 'safe-save-'));
  const target = join(dir, 'план (обновлено).xlsx');
  if (original) writeFileSync(target, OLD);
  return { dir, target };
}

function sameBytes(file: string, want: Buffer): boolean {
  return existsSync(file) && Buffer.compare(readFileSync(file), want) === 0;
}

describe('saveWithBackup under faults', () => {
  const clean = faulty(Infinity, 'kill');
  const { dir: d0, target: t0 } = dirWith(true);
  saveWithBackup(t0, NEW, NOW, clean.io);
  const callsWithBackup = clean.calls();
  rmSync(d0, { recursive: true });
  const fresh = faulty(Infinity, 'kill');
  const { dir: d1, target: t1 } = dirWith(false);
  saveWithBackup(t1, NEW, NOW, fresh.io);
  const callsNew = fresh.calls();
  rmSync(d1, { recursive: true });

  it('saves in one go: new bytes at the target, the old ones in a timestamped backup', () => {
    const { dir, target } = dirWith(true);
    const backup = saveWithBackup(target, NEW, NOW, nodeFs)!;
    expect(sameBytes(target, NEW)).toBe(true);
    expect(sameBytes(backup, OLD)).toBe(true);
    expect(backup).toMatch(/план \(обновлено\)\.копия-20240902-063000\.xlsx$/);
    // A second save in the same second keeps the first backup.
    const again = saveWithBackup(target, OLD, NOW, nodeFs)!;
    expect(again).not.toBe(backup);
    expect(sameBytes(backup, OLD) && sameBytes(again, NEW)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    rmSync(dir, { recursive: true });
  });

  it(`killed at each of its file-system calls over an existing file: the original or the complete new file`, () => {
    expect(callsWithBackup).toBeGreaterThan(12); // 4 writes of the backup, 3 of the new file, syncs, renames
    const outcomes = { original: 0, complete: 0 };
    for (let at = 1; at <= callsWithBackup; at++) {
      const { dir, target } = dirWith(true);
      const { io } = faulty(at, 'kill');
      expect(() => saveWithBackup(target, NEW, NOW, io)).toThrow(Killed);
      const original = sameBytes(target, OLD);
      const complete = sameBytes(target, NEW);
      expect(original || complete).toBe(true);
      outcomes[original ? 'original' : 'complete']++;
      // A backup, when there is one under its own name, is whole.
      for (const f of readdirSync(dir).filter((f) => f.includes('.копия-'))) {
        if (!f.endsWith('.tmp')) expect(sameBytes(join(dir, f), OLD)).toBe(true);
      }
      rmSync(dir, { recursive: true });
    }
    expect(outcomes.original + outcomes.complete).toBe(callsWithBackup);
    expect(outcomes.complete).toBeGreaterThanOrEqual(1);
    console.log(`kill points (existing file): ${callsWithBackup}; original kept ${outcomes.original}, complete new ${outcomes.complete}`);
  });

  it('killed at each call when the file is new: no file, or the complete one', () => {
    for (let at = 1; at <= callsNew; at++) {
      const { dir, target } = dirWith(false);
      expect(() => saveWithBackup(target, NEW, NOW, faulty(at, 'kill').io)).toThrow(Killed);
      expect(!existsSync(target) || sameBytes(target, NEW)).toBe(true);
      rmSync(dir, { recursive: true });
    }
    console.log(`kill points (new file): ${callsNew}`);
  });

  it.each(['ENOSPC', 'EACCES', 'EIO'])('a call failing with %s: the error reaches the caller, the original stays, no temporary file is left', (code) => {
    let failures = 0;
    for (let at = 1; at <= callsWithBackup; at++) {
      const { dir, target } = dirWith(true);
      let thrown: unknown;
      try {
        saveWithBackup(target, NEW, NOW, faulty(at, 'fail', code).io);
      } catch (e) {
        thrown = e;
      }
      if (thrown) {
        failures++;
        expect((thrown as NodeJS.ErrnoException).code).toBe(code);
        expect(sameBytes(target, OLD) || sameBytes(target, NEW)).toBe(true);
        // The clean-up itself may be the failing call; otherwise nothing half-written is left behind.
        const leftovers = readdirSync(dir).filter((f) => f.endsWith('.tmp'));
        expect(leftovers.length).toBeLessThanOrEqual(1);
      } else expect(sameBytes(target, NEW)).toBe(true); // only the folder sync failed, which is best effort
      rmSync(dir, { recursive: true });
    }
    expect(failures).toBeGreaterThan(callsWithBackup - 3);
  });
});

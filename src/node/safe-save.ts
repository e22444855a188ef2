// Saving a file so that a crash, a kill or a full disk at any moment leaves either the old file or the
// complete new one, never less: the new bytes go to a temporary file in the same folder (same disk, so
// the rename is atomic), are flushed to the disk (fsync), and only then renamed over the target. The
// backup of the old file is made the same way, before. All file-system calls go through `SaveFs`, so
// a test can fail or "kill" each one in turn (test/node/safe-save.test.ts).
import * as fs from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

export interface SaveFs {
  exists(path: string): boolean;
  /** Opens a new file for writing; fails if it exists. */
  create(path: string): number;
  write(fd: number, bytes: Uint8Array): void;
  fsync(fd: number): void;
  close(fd: number): void;
  read(path: string): Uint8Array;
  rename(from: string, to: string): void;
  unlink(path: string): void;
  /** Flushes a folder's entries (the rename) to the disk; not possible everywhere (Windows). */
  fsyncDir(dir: string): void;
}

export const nodeFs: SaveFs = {
  exists: (p) => fs.existsSync(p),
  create: (p) => fs.openSync(p, 'wx'),
  write: (fd, bytes) => {
    let off = 0;
    while (off < bytes.length) off += fs.writeSync(fd, bytes, off, bytes.length - off);
  },
  fsync: (fd) => fs.fsyncSync(fd),
  close: (fd) => fs.closeSync(fd),
  read: (p) => fs.readFileSync(p),
  rename: (a, b) => fs.renameSync(a, b),
  unlink: (p) => fs.unlinkSync(p),
  fsyncDir: (dir) => {
    let fd: number | undefined;
    try {
      fd = fs.openSync(dir, 'r');
      fs.fsyncSync(fd);
    } catch {
      // Windows cannot open a folder; its rename is already durable enough for NTFS's journal.
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  },
};

/** Written in pieces: a large workbook is many writes, each a point where the process may die. */
const CHUNK = 1 << 20;

/** A temporary name next to the target that no office suite or backup pattern confuses with a workbook. */
export function tempPathFor(target: string): string {
  const rand = Math.random().toString(36).slice(2, 8);
  return join(dirname(target), `.${basename(target)}.${rand}.tmp`);
}

/** Writes `bytes` to `target` atomically (temporary file, fsync, rename). */
export function writeAtomically(target: string, bytes: Uint8Array, io: SaveFs = nodeFs): void {
  const tmp = tempPathFor(target);
  const fd = io.create(tmp);
  let renamed = false;
  try {
    try {
      for (let off = 0; off < bytes.length; off += CHUNK) io.write(fd, bytes.subarray(off, Math.min(bytes.length, off + CHUNK)));
      if (bytes.length === 0) io.write(fd, bytes);
      io.fsync(fd);
    } finally {
      io.close(fd);
    }
    io.rename(tmp, target);
    renamed = true;
    io.fsyncDir(dirname(target));
  } finally {
    if (!renamed) {
      try {
        io.unlink(tmp);
      } catch {
        // The error that stopped the save is the one to report.
      }
    }
  }
}

/** A backup copy's name, with the time, so no earlier backup is overwritten. */
export function backupPath(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return join(dirname(file), `${basename(file, extname(file))}.копия-${stamp}${extname(file)}`);
}

/**
 * Saves `bytes` over `target`; an existing target is first copied to a timestamped backup (atomically
 * too, so a backup is never half a file). Returns the backup's path, if one was made.
 */
export function saveWithBackup(target: string, bytes: Uint8Array, now: Date, io: SaveFs = nodeFs): string | null {
  let backup: string | null = null;
  if (io.exists(target)) {
    backup = backupPath(target, now);
    for (let n = 2; io.exists(backup); n++) backup = backupPath(target, now).replace(/(\.[^.]+)$/, `-${n}$1`);
    writeAtomically(backup, io.read(target), io);
  }
  writeAtomically(target, bytes, io);
  return backup;
}

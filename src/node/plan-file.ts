// A plan file on disk: what must be true before it is read (it exists unless --new, it is a file, no
// office suite holds it open) and the owner files office suites leave next to an open document.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { FILES } from '../core';
import { extensionProblem, FileProblem } from './file-kind';
import { storedZip } from './native-zip';
import { openPlanBytes, type OpenedPlan } from './plan-bytes';

/**
 * The lock file of an open document, if present: LibreOffice «.~lock.NAME#», Excel «~$NAME» (Excel
 * drops the first two characters of a long name, so «~$» + NAME without them too).
 */
export function lockFileOf(file: string): string | null {
  const name = basename(file);
  const candidates = [`.~lock.${name}#`, `~$${name}`, `~$${name.slice(2)}`];
  let present: string[];
  try {
    present = readdirSync(dirname(file));
  } catch {
    return null;
  }
  return candidates.find((c) => present.includes(c)) ?? null;
}

/** Refuses to write over a document an office suite has open (its changes would be lost on its save). */
export function checkOutputFree(file: string): void {
  const lock = lockFileOf(file);
  if (lock) throw new FileProblem(FILES.lockedOutput(basename(file), lock));
}

export type PlanOnDisk = OpenedPlan | { source: 'new' };

/** Opens the plan at `file`; with `createNew` the file must not exist yet (a sample plan is made). */
export async function openPlanFile(file: string, createNew: boolean): Promise<PlanOnDisk> {
  const name = basename(file);
  if (createNew) {
    if (!/\.xlsx$/i.test(name)) throw new FileProblem(FILES.newNotXlsx(name));
    if (existsSync(file)) throw new FileProblem(statSync(file).isDirectory() ? FILES.isFolder(name) : FILES.newExists(name));
    if (!existsSync(dirname(file))) throw new FileProblem(FILES.folderMissing(dirname(file)));
    return { source: 'new' };
  }
  const problem = extensionProblem(name);
  if (problem) throw new FileProblem(problem);
  if (!existsSync(file)) throw new FileProblem(FILES.missing(name));
  if (statSync(file).isDirectory()) throw new FileProblem(FILES.isFolder(name));
  const lock = lockFileOf(file);
  if (lock) throw new FileProblem(FILES.locked(name, lock));
  return openPlanBytes(readFileSync(file), name, storedZip);
}

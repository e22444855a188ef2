// The Russian message for a file-system error (Node's error codes), so no person ever sees a stack
// trace for a full disk, a read-only folder or an --out that names a file.
import { FILES } from '../core';

export function isFsError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((e as NodeJS.ErrnoException).code!);
}

/** `path`: the path the error names, or the one being worked on. */
export function fsErrorMessage(e: NodeJS.ErrnoException, fallbackPath: string, writing = true): string {
  const path = e.path ?? fallbackPath;
  switch (e.code) {
    case 'EACCES':
    case 'EPERM': return writing ? FILES.noAccess(path) : FILES.noReadAccess(path);
    case 'EEXIST':
    case 'ENOTDIR': return FILES.notAFolder(path);
    case 'EISDIR': return FILES.isFolder(path);
    case 'ENOSPC':
    case 'EDQUOT': return FILES.noSpace(path);
    case 'EBUSY':
    case 'ETXTBSY': return FILES.busy(path);
    case 'EROFS': return FILES.readOnlyDisk(path);
    case 'ENAMETOOLONG': return FILES.tooLong(path);
    case 'ENOENT': return FILES.notFound(path);
    default: return FILES.otherFsError(path, e.code ?? '?');
  }
}

// How a Node tool ends on a problem: a person's mistake, a bad file or a file-system error gets its
// Russian message and exit code 2, never a stack trace; only a bug in the tool exits 1 (with the stack
// when ROADMAP_DEBUG=1).
import { FileProblem, fsErrorMessage, isFsError } from '../../src/node';

/** A mistake in how the tool was called (arguments, a missing roadmap): its message is for the person. */
export class UserError extends Error {}

export function exitOnError(e: unknown, path = ''): never {
  if (e instanceof UserError || e instanceof FileProblem) {
    console.error(e.message);
    process.exit(2);
  }
  if (isFsError(e)) {
    console.error(fsErrorMessage(e, path));
    process.exit(2);
  }
  console.error(`Непредвиденная ошибка — сообщите разработчикам: ${e instanceof Error ? e.message : String(e)}`);
  if (process.env.ROADMAP_DEBUG === '1' && e instanceof Error) console.error(e.stack);
  process.exit(1);
}

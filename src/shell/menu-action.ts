// The shape every roadmap menu action shares: a toast while it runs, the document lock, a fresh pass
// over the spreadsheet, and a Russian message instead of work when the roadmap cannot be read.
import { MESSAGES } from '../text/ru';
import { refreshStates, setupTracker, type ActionTracker } from './tracker';
import { alertMessage, runMenuAction, toast, withDocumentLock } from './ui';

/** 'setup': make what is missing and re-sync the checkpoints; 'states': bring states up to today only. */
export type ActionKind = 'setup' | 'states';

export function runOnTracker(name: string, running: string, kind: ActionKind, then: (t: ActionTracker) => void): void {
  runMenuAction(name, () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    toast(ss, running, -1);
    const now = new Date();
    const run = withDocumentLock(() => (kind === 'setup' ? setupTracker(ss, now, { seedIfMissing: true }) : refreshStates(ss, now)));
    if (!run.ok) return alertMessage(MESSAGES.busy);
    if (!run.value.ok) return alertMessage(run.value.message);
    then(run.value.tracker);
  });
}

// The shape every roadmap menu action shares: a toast while it runs, the document lock, a fresh pass
// over the spreadsheet, and a Russian message instead of work when the roadmap cannot be read.
import { MESSAGES } from '../text/ru';
import { refreshTracker, type Tracker } from './tracker';
import { alertMessage, runMenuAction, toast, withDocumentLock } from './ui';

export function runOnRefreshedTracker(name: string, running: string, seedIfMissing: boolean, then: (t: Tracker) => void): void {
  runMenuAction(name, () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    toast(ss, running, -1);
    const run = withDocumentLock(() => refreshTracker(ss, new Date(), { seedIfMissing }));
    if (!run.ok) return alertMessage(MESSAGES.busy);
    if (!run.value.ok) return alertMessage(run.value.message);
    then(run.value.tracker);
  });
}

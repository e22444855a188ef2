// The page's HTML around its script: every text from ru.ts, the colours from views/colours.ts, and a
// Content-Security-Policy that lets only this one inline script run (by its hash) and forbids every
// connection. The build (scripts/build.mjs) calls this in Node with the bundled script.
import { CHECKPOINT_STATES, COLOURS, LEGEND, WEB } from '../core';
import template from './page.html';

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

export function renderPage(script: string, scriptHash: string): string {
  const filters: [string, string][] = [
    ['', WEB.filterAll], ['overdue', CHECKPOINT_STATES.overdue], ['soon', CHECKPOINT_STATES.soon], ['done', CHECKPOINT_STATES.done],
    ['planned', CHECKPOINT_STATES.planned], ['not_required', CHECKPOINT_STATES.notRequired], ['removed', CHECKPOINT_STATES.removed],
  ];
  const legend = [[LEGEND.overdue, COLOURS.overdue], [LEGEND.soon(14), COLOURS.soon], [LEGEND.done, COLOURS.done], [LEGEND.unknown, COLOURS.grey]]
    .map(([text, colour]) => `<span style="background:${colour}">${esc(text)}</span>`).join('');
  const values: Record<string, string> = {
    TITLE: esc(WEB.title), PRIVACY: esc(WEB.privacy), PICK: esc(WEB.pick), PICK_BUTTON: esc(WEB.pickButton), SAMPLE: esc(WEB.sample),
    DAY: esc(WEB.day), SAVE_TITLE: esc(WEB.saveTitle), SAVE_XLSX: esc(WEB.saveXlsx), REPORT_PERIOD: esc(WEB.reportPeriod),
    SAVE_REPORT: esc(WEB.saveReport), UNSAVED: esc(WEB.unsaved), LEGEND: legend, COUNTS: esc(WEB.counts), FINDINGS: esc(WEB.findings),
    LETTERS: esc(WEB.letters), LETTERS_ZIP: esc(WEB.lettersZip), CHECKPOINTS: esc(WEB.checkpoints), ACTIVITIES: esc(WEB.activities), FILTER: esc(WEB.filter),
    FILTER_OPTIONS: filters.map(([v, t]) => `<option value="${v}">${esc(t)}</option>`).join(''),
    CHECKPOINT_HEAD: WEB.columnsCheckpoints.map((h) => `<th scope="col">${esc(h)}</th>`).join(''),
    ACTIVITY_HEAD: WEB.columnsActivities.map((h) => `<th scope="col">${esc(h)}</th>`).join(''),
    STATUS: esc(WEB.status), DONE_DATE: esc(WEB.doneDate), EVIDENCE: esc(WEB.evidence), COMMENT: esc(WEB.comment),
    SAVE_MARK: esc(WEB.saveMark), CANCEL: esc(WEB.cancel),
    OVERDUE: COLOURS.overdue, SOON: COLOURS.soon, DONE: COLOURS.done, GREY: COLOURS.grey,
    SCRIPT_HASH: scriptHash,
  };
  // The script last, and by a function: its text may hold "$&" or placeholder-like words.
  return template.replace(/__([A-Z_]+)__/g, (m, k: string) => (k === 'SCRIPT' ? m : values[k] ?? m)).replace('__SCRIPT__', () => script);
}

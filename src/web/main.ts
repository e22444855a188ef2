// The tracker as one web page: the plan file is read, decided on and written entirely in the browser by
// the same core and file shell as the offline command (src/node: exceljs, no file system). Nothing leaves
// the computer: the page's Content-Security-Policy forbids every connection.
import {
  activityStateText, buildReport, checkpointStateText, COLOURS, countLines, countPlan, dateInZone, FINDINGS, formatRu,
  groupBySeverity, isIsoDate, reportPeriod, STATUS_LIST, WEB, type IsoDate, type PeriodChoice,
} from '../core';
import JSZip from 'jszip';
import { FileProblem } from '../node/file-kind';
import { readDocxPlanBytes, workbookFromPlan } from '../node/docx-plan';
import { digestLetters } from '../node/letters';
import { openPlanBytes, type OpenedPlan } from '../node/plan-bytes';
import { reportDocxBytes } from '../node/report-docx';
import { runTracker, type TrackerRun } from '../node/run';
import { setCell, workbookBytes } from '../node/xlsx-cells';
import { snapshotWorkbook } from '../node/xlsx-snapshot';
import { saveFile } from './save-file';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

interface State { name: string; run: TrackerRun; dirty: boolean }
let state: State | null = null;

// A long plan's tables are shown a page of rows at a time: laying out all 3,400 rows of a 1,000-activity plan
// took Chromium about a second, the whole budget for opening it. «Показать ещё» adds the next page.
const PAGE_ROWS = 200;
const shownRows = { checkpoints: PAGE_ROWS, activities: PAGE_ROWS };
const FINDINGS_SHOWN = 50;
/** The severity groups of findings shown in full («Показать остальные»). */
const shownFindings = new Set<string>();

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function say(text: string, kind: 'info' | 'error' = 'info'): void {
  const box = $('message');
  box.textContent = text;
  box.className = kind;
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
}

function today(): IsoDate {
  const v = $<HTMLInputElement>('day').value;
  return (isIsoDate(v) ? v : dateInZone(new Date(), 'Europe/Moscow')) as IsoDate;
}

const stemOf = (name: string): string => name.replace(/\.[^.]+$/, '').replace(/ \(обновлено\)$/, '');

function run(opened: OpenedPlan | { source: 'new' }, name: string, started: number): void {
  const r = runTracker(opened, today());
  if (!r.ok) {
    say(r.message, 'error');
    return;
  }
  state = { name, run: r, dirty: false };
  shownRows.checkpoints = PAGE_ROWS;
  shownRows.activities = PAGE_ROWS;
  shownFindings.clear();
  render();
  say(WEB.opened(name, performance.now() - started));
}

async function openFile(file: File): Promise<void> {
  const started = performance.now();
  say(WEB.opening(file.name));
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (WORD_FILE.test(file.name)) return await importDocx(bytes, file.name, started);
    run(await openPlanBytes(bytes, file.name), file.name, started);
  } catch (e) {
    if (e instanceof FileProblem && e.kind === 'empty' && !WORD_FILE.test(file.name)) say(WEB.emptyFile(file.name), 'error');
    else fail(e);
  }
}

/** A Word document (or what is named like one): the .docx import, with the command's messages. */
const WORD_FILE = /\.(docx|doc|odt|rtf)$/i;

/** A plan typed in Word becomes the workbook: the tracker runs on it as on a new .xlsx file. */
async function importDocx(bytes: Uint8Array, name: string, started: number): Promise<void> {
  const plan = await readDocxPlanBytes(bytes, name, today());
  const workbook = workbookFromPlan(plan);
  const xlsxName = `${stemOf(name)}.xlsx`;
  run({ source: 'xlsx', workbook, snapshot: snapshotWorkbook(workbook) }, xlsxName, started);
  if (state?.name === xlsxName) {
    state.dirty = true;
    $('unsaved').hidden = false;
    const sections = plan.roadmap.sections.filter((x) => x.title).length;
    say(WEB.importedDocx(name, sections, plan.roadmap.activities.length, xlsxName));
  }
}

function fail(e: unknown): void {
  if (e instanceof FileProblem) say(e.message, 'error');
  else say(`${WEB.bug} ${e instanceof Error ? e.message : String(e)}`, 'error');
}

/** The tracker again on the workbook as it now stands (after a mark, or for another day). */
function rerun(): void {
  if (!state) return;
  const wb = state.run.workbook;
  const r = runTracker({ source: 'xlsx', workbook: wb, snapshot: snapshotWorkbook(wb) }, today());
  if (!r.ok) return say(r.message, 'error');
  state.run = r;
  render();
}

const CHECKPOINT_COLOUR: Record<string, string> = {
  overdue: COLOURS.overdue, soon: COLOURS.soon, done: COLOURS.done, done_late: COLOURS.done, not_required: COLOURS.grey, removed: COLOURS.grey,
};
const ACTIVITY_COLOUR: Record<string, string> = { overdue: COLOURS.overdue, soon: COLOURS.soon, done: COLOURS.done, unknown: COLOURS.grey };
const cellOf = (v: unknown): string => (v && typeof v === 'object' && 'date' in v ? formatRu((v as { date: IsoDate }).date) : String(v ?? ''));

function render(): void {
  if (!state) return;
  const t = state.run.tracker;
  $('result').hidden = false;
  $('counts').innerHTML = countLines(countPlan(t.overview.activities, t.today), formatRu(t.today)).map((l) => `<li>${esc(l)}</li>`).join('');
  renderFindings();
  renderCheckpoints();
  renderActivities();
  renderPeriods();
  renderLetters();
  $('unsaved').hidden = !state.dirty;
}

/** Findings by severity, each group a page of items at first (a 1,000-activity plan can have a thousand). */
function renderFindings(): void {
  if (!state) return;
  const groups = groupBySeverity(state.run.findings);
  $('findings').innerHTML = groups.length
    ? groups.map((g, i) => {
      const shown = g.findings.slice(0, shownFindings.has(g.severity) ? undefined : FINDINGS_SHOWN);
      const more = g.findings.length - shown.length;
      return `<h3>${esc(FINDINGS.severity[g.severity])} (${g.findings.length})</h3><ul>${shown.map((f) =>
        `<li><span class="where">${esc(FINDINGS.rowRef(f.sheet, f.row))}${f.activity ? ` — ${esc(f.activity)}` : ''}</span>: ${esc(f.message)}</li>`).join('')}</ul>` +
        (more ? `<button type="button" class="more" data-group="${i}">${esc(WEB.showAll(more))}</button>` : '');
    }).join('')
    : `<p>${esc(FINDINGS.allGood)}: ${esc(FINDINGS.allGoodText)}</p>`;
}

/** The «Показать ещё» button under a table: hidden when every row is shown. */
function moreButton(id: string, shown: number, total: number): void {
  const more = $<HTMLButtonElement>(id);
  more.hidden = shown >= total;
  more.textContent = WEB.showMore(Math.min(PAGE_ROWS, total - shown), total - shown);
}

function renderActivities(): void {
  if (!state) return;
  const all = state.run.tracker.overview.activities;
  const shown = all.slice(0, shownRows.activities);
  $('activities').innerHTML = shown.map((v) => {
    const bg = ACTIVITY_COLOUR[v.rollup.state];
    return `<tr${bg ? ` style="background:${bg}"` : ''}><td>${esc(v.activity.number)}</td><td class="name"><div title="${esc(v.activity.name)}">${esc(v.activity.name)}</div></td><td>${esc(v.activity.deadlineText)}</td>` +
      `<td>${v.rollup.nextDue ? formatRu(v.rollup.nextDue) : ''}</td><td>${esc(activityStateText(v.rollup.state))}</td><td>${v.rollup.total ? `${v.rollup.done} из ${v.rollup.total}` : ''}</td></tr>`;
  }).join('');
  $('activities-count').textContent = WEB.rows(shown.length, all.length);
  moreButton('more-activities', shown.length, all.length);
}

function renderCheckpoints(): void {
  if (!state) return;
  const all = state.run.tracker.overview.checkpoints;
  const filter = $<HTMLSelectElement>('filter').value;
  const matching = all.filter((c) => !filter || c.state === filter || (filter === 'done' && c.state === 'done_late'));
  const shown = matching.slice(0, shownRows.checkpoints);
  $('checkpoints').innerHTML = shown.map((c) => {
    const bg = CHECKPOINT_COLOUR[c.state];
    return `<tr${bg ? ` style="background:${bg}"` : ''}><td><button type="button" data-row="${c.row}" aria-label="${esc(WEB.markRow(`${c.number} ${c.label}`))}">${esc(WEB.mark)}</button></td>` +
      `<td>${esc(c.number)}</td><td class="name"><div title="${esc(c.activity)}">${esc(c.activity)}</div></td><td>${esc(c.label)}</td>` +
      `<td>${c.due ? formatRu(c.due) : ''}</td><td>${esc(checkpointStateText(c.state))}</td><td>${esc(c.responsible)}</td><td>${esc(c.status)}</td>` +
      `<td>${esc(cellOf(c.doneCell))}</td><td>${c.evidenceUrl ? `<a href="${esc(c.evidenceUrl)}" rel="noreferrer">${esc(c.evidence || c.evidenceUrl)}</a>` : esc(c.evidence)}</td>` +
      `<td>${esc(c.comment)}</td></tr>`;
  }).join('');
  $('checkpoints-count').textContent = WEB.rows(shown.length, all.length, matching.length);
  moreButton('more-checkpoints', shown.length, matching.length);
}

function renderPeriods(): void {
  if (!state) return;
  const plan = state.run.tracker.settings.settings.plan;
  const from = Number(plan.from.slice(0, 4));
  const to = Number(plan.to.slice(0, 4));
  const options: [string, string][] = [['upTo', WEB.periodUpTo], ['plan', WEB.periodPlan]];
  for (let y = from; y <= to; y++) options.push([`year:${y}`, WEB.periodYear(y)], [`half:1:${y}`, WEB.periodHalf(1, y)], [`half:2:${y}`, WEB.periodHalf(2, y)]);
  const select = $<HTMLSelectElement>('period');
  const was = select.value;
  select.innerHTML = options.map(([v, l]) => `<option value="${v}">${esc(l)}</option>`).join('');
  if (options.some(([v]) => v === was)) select.value = was;
}

function periodChoice(): PeriodChoice {
  const [kind, a, b] = $<HTMLSelectElement>('period').value.split(':');
  if (kind === 'plan') return { kind: 'plan' };
  if (kind === 'year') return { kind: 'year', year: Number(a) };
  if (kind === 'half') return { kind: 'half', half: Number(a) as 1 | 2, year: Number(b) };
  return { kind: 'upTo', date: today() };
}

function renderLetters(): void {
  if (!state) return;
  const { letters, withoutEmail } = digestLetters(state.run.tracker, new Date());
  $('letters').innerHTML = letters.length
    ? letters.map((l, i) => `<li><button type="button" data-letter="${i}">${esc(l.to)}.eml</button> ${esc(l.subject)}</li>`).join('')
    : `<li>${esc(WEB.noLetters)}</li>`;
  $('without-email').textContent = withoutEmail.length ? WEB.withoutEmail(withoutEmail) : '';
  $('save-letters-zip').hidden = letters.length < 2;
}

// ------------------------------------------------------------------ marking a checkpoint

let editing: number | null = null;

function openMark(row: number): void {
  const c = state?.run.tracker.overview.checkpoints.find((x) => x.row === row);
  if (!c) return;
  editing = row;
  $('mark-title').textContent = WEB.markTitle(`${c.number} ${c.label}`);
  $<HTMLSelectElement>('mark-status').value = STATUS_LIST.includes(c.status) ? c.status : '';
  $<HTMLInputElement>('mark-done').value = c.done || '';
  $<HTMLInputElement>('mark-evidence').value = c.evidence;
  $<HTMLInputElement>('mark-comment').value = c.comment;
  $<HTMLDialogElement>('mark').showModal();
  $<HTMLSelectElement>('mark-status').focus();
}

function saveMark(): void {
  if (!state || editing === null) return;
  const { columns, sheet } = state.run.plan.checkpoints;
  const ws = state.run.workbook.getWorksheet(sheet);
  const c = state.run.tracker.overview.checkpoints.find((x) => x.row === editing);
  if (!ws || !c) return;
  const done = $<HTMLInputElement>('mark-done').value;
  const evidence = $<HTMLInputElement>('mark-evidence').value.trim();
  // Only the fields that changed are written: an untouched cell keeps its type, format and link.
  const want: [number, string | { date: string }, string][] = [
    [columns.status + 1, $<HTMLSelectElement>('mark-status').value, c.status],
    [columns.done + 1, done ? { date: done } : '', c.done || ''],
    [columns.evidence + 1, evidence, c.evidence],
    [columns.comment + 1, $<HTMLInputElement>('mark-comment').value, c.comment],
  ];
  for (const [col, value, was] of want) {
    if ((typeof value === 'string' ? value : value.date) === was) continue;
    setCell(ws, editing, col, value);
    // A web address typed as evidence becomes a link, as an office suite would make it.
    if (col === columns.evidence + 1 && /^https?:\/\/\S+$/.test(evidence)) ws.getCell(editing, col).value = { text: evidence, hyperlink: evidence };
  }
  $<HTMLDialogElement>('mark').close();
  state.dirty = true;
  rerun();
  say(WEB.marked(`${c.number} ${c.label}`));
  focusMarkButton(editing);
}

/** The table is drawn anew after a mark: the focus goes back to the same checkpoint's button, if shown. */
function focusMarkButton(row: number): void {
  document.querySelector<HTMLButtonElement>(`#checkpoints button[data-row="${row}"]`)?.focus();
}

// ------------------------------------------------------------------ saving

async function saveXlsx(): Promise<void> {
  if (!state) return;
  const name = `${stemOf(state.name)} (обновлено).xlsx`;
  if (await saveFile(name, await workbookBytes(state.run.workbook), XLSX_MIME)) {
    state.dirty = false;
    $('unsaved').hidden = true;
    say(WEB.saved(name));
  }
}

async function saveReport(): Promise<void> {
  if (!state) return;
  const t = state.run.tracker;
  const s = t.settings.settings;
  const model = buildReport({ overview: t.overview, organisation: s.organisation, planTitle: s.planTitle, period: reportPeriod(periodChoice(), s.plan) });
  const name = `Отчёт — ${stemOf(state.name)}.docx`;
  if (await saveFile(name, await reportDocxBytes(model), DOCX_MIME)) say(WEB.saved(name));
}

async function saveLetter(i: number): Promise<void> {
  if (!state) return;
  const l = digestLetters(state.run.tracker, new Date()).letters[i];
  if (l && (await saveFile(`${l.name}.eml`, l.eml, 'message/rfc822'))) say(WEB.saved(`${l.name}.eml`));
}

/** This week's letters in one .zip (JSZip, already in the page for .xlsx and .docx): one save instead of many. */
async function saveLettersZip(): Promise<void> {
  if (!state) return;
  const zip = new JSZip();
  for (const l of digestLetters(state.run.tracker, new Date()).letters) zip.file(`${l.name}.eml`, l.eml);
  const name = WEB.lettersZipName(stemOf(state.name), formatRu(dateInZone(new Date(), 'Europe/Moscow')));
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  if (await saveFile(name, bytes, 'application/zip')) say(WEB.saved(name));
}

// ------------------------------------------------------------------ wiring

function init(): void {
  $<HTMLInputElement>('day').value = dateInZone(new Date(), 'Europe/Moscow');
  $<HTMLSelectElement>('mark-status').innerHTML = ['', ...STATUS_LIST].map((s) => `<option value="${esc(s)}">${esc(s || '—')}</option>`).join('');
  const input = $<HTMLInputElement>('file');
  input.addEventListener('change', () => input.files?.[0] && void openFile(input.files[0]));
  $('pick').addEventListener('click', () => input.click());
  $('sample').addEventListener('click', () => run({ source: 'new' }, WEB.sampleName, performance.now()));
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const f = e.dataTransfer?.files[0];
    if (f) void openFile(f);
  });
  $('day').addEventListener('change', rerun);
  $('filter').addEventListener('change', () => { shownRows.checkpoints = PAGE_ROWS; renderCheckpoints(); });
  $('findings').addEventListener('click', (e) => {
    const i = (e.target as HTMLElement).closest('button')?.dataset.group;
    if (i === undefined || !state) return;
    const group = groupBySeverity(state.run.findings)[Number(i)];
    if (group) shownFindings.add(group.severity);
    renderFindings();
    // The button is gone: the focus goes to the first finding that was hidden, so the person reads on from there.
    const first = $('findings').querySelectorAll('ul')[Number(i)]?.querySelectorAll('li')[FINDINGS_SHOWN];
    if (first) {
      first.tabIndex = -1;
      first.focus();
    }
  });
  $('more-checkpoints').addEventListener('click', () => { shownRows.checkpoints += PAGE_ROWS; renderCheckpoints(); });
  $('more-activities').addEventListener('click', () => { shownRows.activities += PAGE_ROWS; renderActivities(); });
  $('checkpoints').addEventListener('click', (e) => {
    const row = (e.target as HTMLElement).closest('button')?.dataset.row;
    if (row) openMark(Number(row));
  });
  $('letters').addEventListener('click', (e) => {
    const i = (e.target as HTMLElement).closest('button')?.dataset.letter;
    if (i !== undefined) void saveLetter(Number(i)).catch(fail);
  });
  $('mark-form').addEventListener('submit', (e) => { e.preventDefault(); saveMark(); });
  $('mark-cancel').addEventListener('click', () => $<HTMLDialogElement>('mark').close());
  // Escape or «Отмена»: the browser gives the focus back to the button that opened the dialog; after a
  // save that button is gone (the table was drawn anew), so saveMark puts it on the new one.
  $('mark').addEventListener('close', () => { if (editing !== null && document.activeElement === document.body) focusMarkButton(editing); });
  $('save-xlsx').addEventListener('click', () => void saveXlsx().catch(fail));
  $('save-report').addEventListener('click', () => void saveReport().catch(fail));
  $('save-letters-zip').addEventListener('click', () => void saveLettersZip().catch(fail));
  window.addEventListener('beforeunload', (e) => { if (state?.dirty) e.preventDefault(); });
}

init();

// The report on a school's first day on real Google (issue 12): the spreadsheet visible under drive.file
// but its folder not, a second staff member (drive.file grants are per user), permissions unticked on the
// granular consent screen.
import { MIME } from '../../emulator/drive';
import { ACCESS, MESSAGES, REPORT, SETTINGS_LABELS, SHEETS } from '../../src/text/ru';
import { world, type World } from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Result = { ok: true; docUrl: string; pdfUrl: string; folderUrl: string; notes: string[]; sections: number } | { ok: false; message: string };

const A = 'zavuch@school.example';
const B = 'metodist@school.example';
const docId = (url: string): string => /\/d\/([\w-]+)/.exec(url)![1];

function school(accountLanguage = 'en'): World {
  const w = world('2024-06-20T10:00', { user: A, accountLanguage });
  w.run('onOpen', { as: 'simple' });
  w.run('setupStructure');
  return w;
}

function report(w: World, user = A, options: unknown = { period: 'plan', pdf: true }): Result {
  return w.app.run('createReport', { as: 'dialog', args: [options], activeUser: user }) as Result;
}

const setting = (w: World, label: string): string => w.emu.peek(SHEETS.settings).displayValues.find((r) => r[0] === label)![1];
const foldersNamed = (w: World, name: string) => Array.from(w.emu.drive.files.values()).filter((f) => f.mimeType === MIME.folder && f.name === name);

describe('the reports folder under drive.file', () => {
  it('the spreadsheet is visible but its folder is not granted: the folder goes to My Drive, with a note, no error', () => {
    const w = school();
    w.emu.drive.grant(w.emu.env.options.spreadsheetId, A); // Files.get(spreadsheet) succeeds, its parent stays invisible
    const r = report(w) as Extract<Result, { ok: true }>;
    expect(r).toMatchObject({ ok: true });
    const folder = w.emu.drive.files.get(w.emu.drive.files.get(docId(r.docUrl))!.parents[0])!;
    expect([folder.name, folder.parents]).toEqual([REPORT.folderName, [w.emu.drive.rootId]]);
    expect(r.notes).toContain(ACCESS.folderParentDenied(REPORT.folderName));
  });

  it('the folder made is written into «Настройки», so the school has one place for its reports', () => {
    const w = school();
    const r = report(w) as Extract<Result, { ok: true }>;
    expect(r.ok).toBe(true);
    expect(setting(w, SETTINGS_LABELS.folder)).toBe(r.folderUrl);
    expect(r.notes).toContain(ACCESS.folderStored);
  });
});

describe('a second staff member', () => {
  it('with the folder shared: the template is used, no «шаблон удалён?» question, no folder of their own', () => {
    const w = school();
    const first = report(w) as Extract<Result, { ok: true }>;
    expect(first.ok).toBe(true);
    const folderId = /folders\/([\w-]+)/.exec(setting(w, SETTINGS_LABELS.folder))![1];
    w.emu.drive.share(folderId, B);
    const alerts = w.emu.ui.alerts.length;

    const r = report(w, B) as Extract<Result, { ok: true }>;
    expect(r.ok).toBe(true);
    expect(w.emu.ui.alerts.length).toBe(alerts);
    expect(foldersNamed(w, REPORT.folderName)).toHaveLength(1);
    expect(Array.from(w.emu.drive.files.values()).filter((f) => f.name === REPORT.templateName)).toHaveLength(1);
    // drive.file does not reach A's folder for B: the report waits in B's My Drive, and the note says where it belongs.
    const doc = w.emu.drive.files.get(docId(r.docUrl))!;
    expect([doc.owner, doc.parents]).toEqual([B, [w.emu.drive.rootId]]);
    expect(r.notes).toContain(ACCESS.folderNotYours(A));
    expect(w.emu.drive.docs.get(doc.id)!.text).toContain('МКОУ «Селищенская ОШ»');
    const log = w.emu.peek(REPORT.logSheet).displayValues;
    expect(log.map((row) => row[4]).slice(1)).toEqual([A, B]);
  });

  it('with nothing shared: asked whether to use the standard template, told whom to ask; nothing per person made', () => {
    const w = school();
    expect(report(w).ok).toBe(true);
    w.emu.ui.answerNext('NO');
    expect(report(w, B)).toEqual({ ok: false, message: ACCESS.templateNotSharedDeclined(A) });
    const alert = w.emu.ui.lastAlert()!;
    expect(alert.prompt).toBe(ACCESS.templateNotShared(A));
    expect(alert.prompt).not.toContain('удалён или');

    w.emu.ui.answerNext('YES');
    const r = report(w, B) as Extract<Result, { ok: true }>;
    expect(r.ok).toBe(true);
    expect(r.notes).toContain(ACCESS.standardTemplateUsed);
    expect(foldersNamed(w, REPORT.folderName)).toHaveLength(1);
    expect(Array.from(w.emu.drive.files.values()).filter((f) => f.name === REPORT.templateName)).toHaveLength(1);
    expect(w.emu.drive.docs.get(docId(r.docUrl))!.text).toContain('МКОУ «Селищенская ОШ»');
  });
});

describe('granular consent', () => {
  it.each([
    ['documents', 'https://www.googleapis.com/auth/documents'],
    ['drive.file', 'https://www.googleapis.com/auth/drive.file'],
  ])('a person who unticked %s is told in Russian which permission and where to grant it; nothing is made', (_name, scope) => {
    const w = school();
    w.emu.env.context.declined.set(B, new Set([scope]));
    const files = w.emu.drive.files.size;
    const r = report(w, B) as Extract<Result, { ok: false }>;
    expect(r.ok).toBe(false);
    expect(r.message).toContain(ACCESS.scopes[scope].consent);
    expect(r.message).toContain('https://script.google.com/macros/d/');
    expect(r.message).not.toContain(MESSAGES.unexpected('').slice(0, 20));
    expect(w.emu.drive.files.size).toBe(files);
    // The person who granted everything is not affected.
    expect(report(w, A).ok).toBe(true);
  });
});

describe('on a Russian account (Google\'s errors arrive in Russian)', () => {
  it('the emulator throws Russian texts, and every path that catches a Drive or Docs error ends the same', () => {
    const w = school('ru');
    expect(() => (w.emu.globals as any).Drive.Files.get('no-such-file', { fields: 'id' })).toThrow(/Файл не найден: no-such-file/);
    w.emu.drive.grant(w.emu.env.options.spreadsheetId, A);
    const r = report(w) as Extract<Result, { ok: true }>;
    expect(r.notes).toContain(ACCESS.folderParentDenied(REPORT.folderName));
    w.emu.ui.answerNext('NO');
    expect(report(w, B)).toEqual({ ok: false, message: ACCESS.templateNotSharedDeclined(A) });
    w.emu.env.context.declined.set(B, new Set(['https://www.googleapis.com/auth/documents']));
    expect((report(w, B) as { message: string }).message).toContain(ACCESS.scopes['https://www.googleapis.com/auth/documents'].consent);
  });
});

// «Диагностика» (issue 12): for the person who clicks it — permissions, their triggers, mail left, the
// template and reports folder as this person reaches them, time zones and locale — a Russian report with
// what to do about each problem. It writes nothing: sheets, Drive and properties are the same after.
import { DIAGNOSTICS } from '../../src/text/ru';
import { world, type World } from './helpers';

const A = 'zavuch@school.example';
const B = 'metodist@school.example';

function school(options: Parameters<typeof world>[1] = {}): World {
  const w = world('2024-06-20T10:00', { user: A, ...options });
  w.run('onOpen', { as: 'simple' });
  w.run('setupStructure');
  return w;
}

function state(w: World): string {
  const sheets = w.emu.sheetNames().map((n) => JSON.stringify([n, w.emu.peek(n).values, w.emu.peek(n).formulas]));
  const props = JSON.stringify([w.emu.properties('document'), w.emu.properties('script')]);
  return JSON.stringify([sheets, w.emu.drive.files.size, props]);
}

function diagnose(w: World, user = A): string {
  const before = state(w);
  w.run('showDiagnostics', { activeUser: user });
  expect(state(w)).toBe(before);
  const d = w.emu.ui.lastDialog()!;
  expect(d.title).toBe(DIAGNOSTICS.title);
  return d.html;
}

describe('Диагностика', () => {
  it('is in the menu and, when all is well, says so for each check', () => {
    const w = school();
    expect(w.emu.ui.menus[0].items.map((i) => ('caption' in i ? i.caption : ''))).toContain(DIAGNOSTICS.menu);
    const html = diagnose(w);
    expect(html).toContain(DIAGNOSTICS.summary(A, 0));
    expect(html).toContain(DIAGNOSTICS.scopes.all(7));
    expect(html).toContain(DIAGNOSTICS.template.unset);
    expect(html).toContain(DIAGNOSTICS.folder.unset);
    expect(html).toMatch(/Можно отправить ещё \d+ адресатам/);
  });

  it('for a colleague: a declined permission, the school folder out of the script\'s reach, with what to do', () => {
    const w = school();
    expect((w.app.run('createReport', { as: 'dialog', args: [{ period: 'plan' }] }) as { ok: boolean }).ok).toBe(true);
    w.emu.env.context.declined.set(B, new Set(['https://www.googleapis.com/auth/script.send_mail']));
    const html = diagnose(w, B);
    expect(html).toContain(`Проверено для ${B}: найдено проблем`);
    expect(html).toContain('Отправка электронных писем от вашего имени');
    expect(html).toContain('https://script.google.com/macros/d/');
    expect(html).toContain(DIAGNOSTICS.mail.unreadable);
    expect(html).toContain(DIAGNOSTICS.folder.none.slice(0, 40));
    expect(html).toContain(DIAGNOSTICS.template.none.slice(0, 30));
  });

  it('names a time zone that differs from the script\'s and a non-Russian locale', () => {
    const w = school({ scriptTimeZone: 'America/New_York', locale: 'en_US' });
    const html = diagnose(w);
    expect(html).toContain('Europe/Moscow');
    expect(html).toContain('America/New_York');
    expect(html).toContain(DIAGNOSTICS.zones.zoneDiffers.slice(0, 30));
    expect(html).toContain(DIAGNOSTICS.zones.localeNotRu.slice(0, 30));
  });
});

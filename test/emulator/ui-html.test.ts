// The UI (menus, alerts, prompts, dialogs, toasts) and HtmlService (outputs and templates).
import { createEmulator } from '../../emulator';

function setup() {
  const emu = createEmulator({ now: '2025-09-10T10:00' });
  return { emu, g: emu.globals, ui: emu.globals.SpreadsheetApp.getUi() };
}

describe('menus', () => {
  it('records menus with items, separators and sub-menus; the same caption replaces', () => {
    const { emu, ui } = setup();
    ui.createMenu('Дорожная карта').addItem('Справка', 'showHelp').addSeparator()
      .addSubMenu(ui.createMenu('Отчёт').addItem('За месяц', 'reportMonth')).addToUi();
    expect(emu.ui.menu('Дорожная карта')).toEqual({
      caption: 'Дорожная карта',
      addon: false,
      items: [
        { kind: 'item', caption: 'Справка', functionName: 'showHelp' },
        { kind: 'separator' },
        { kind: 'submenu', caption: 'Отчёт', items: [{ kind: 'item', caption: 'За месяц', functionName: 'reportMonth' }] },
      ],
    });
    ui.createMenu('Дорожная карта').addItem('Только справка', 'showHelp').addToUi();
    expect(emu.ui.menus).toHaveLength(1);
    expect(emu.ui.menuFunctions()).toEqual(['showHelp']);
    ui.createAddonMenu().addItem('Справка', 'showHelp').addToUi();
    expect(emu.ui.menus[1]).toMatchObject({ caption: 'roadmap-tracker', addon: true });
  });
});

describe('alerts and prompts', () => {
  it('accepts the three alert signatures and answers OK, or CLOSE when OK is not offered', () => {
    const { emu, ui } = setup();
    expect(ui.alert('Готово')).toBe(ui.Button.OK);
    expect(ui.alert('Удалить?', ui.ButtonSet.YES_NO)).toBe(ui.Button.CLOSE);
    expect(ui.alert('Заголовок', 'Текст', ui.ButtonSet.OK_CANCEL)).toBe('OK');
    expect(emu.ui.alerts).toEqual([
      { title: null, prompt: 'Готово', buttons: 'OK', answer: 'OK' },
      { title: null, prompt: 'Удалить?', buttons: 'YES_NO', answer: 'CLOSE' },
      { title: 'Заголовок', prompt: 'Текст', buttons: 'OK_CANCEL', answer: 'OK' },
    ]);
    expect(() => (ui.alert as (...a: unknown[]) => unknown)(1, 2)).toThrow("The parameters (number,number) don't match the method signature for Ui.alert.");
  });

  it('uses scripted answers in order and refuses one the dialog does not offer', () => {
    const { emu, ui } = setup();
    emu.ui.answerNext('YES', 'NO');
    expect(ui.alert('a', ui.ButtonSet.YES_NO)).toBe('YES');
    expect(ui.alert('b', ui.ButtonSet.YES_NO_CANCEL)).toBe('NO');
    emu.ui.answerNext('YES');
    expect(() => ui.alert('c')).toThrow(/not a button of ButtonSet.OK/);
    expect(emu.ui.pendingAnswers()).toBe(0);
  });

  it('prompts return the typed text even on Cancel; unscripted prompts are closed', () => {
    const { emu, ui } = setup();
    emu.ui.answerPromptNext('2025-09', 'OK');
    emu.ui.answerPromptNext('черновик', 'CANCEL');
    const a = ui.prompt('Месяц отчёта', 'ГГГГ-ММ', ui.ButtonSet.OK_CANCEL);
    expect([a.getResponseText(), a.getSelectedButton()]).toEqual(['2025-09', 'OK']);
    const b = ui.prompt('Ещё', ui.ButtonSet.OK_CANCEL);
    expect([b.getResponseText(), b.getSelectedButton()]).toEqual(['черновик', 'CANCEL']);
    const c = ui.prompt('Без ответа');
    expect([c.getResponseText(), c.getSelectedButton()]).toEqual(['', 'CLOSE']);
    expect(emu.ui.prompts.map((p) => p.buttons)).toEqual(['OK_CANCEL', 'OK_CANCEL', 'OK']);
  });
});

describe('dialogs and toasts', () => {
  it('records dialogs with their HTML and title (the argument title wins); sidebars are 300 px', () => {
    const { emu, g, ui } = setup();
    const out = g.HtmlService.createHtmlOutput('<p>Привет</p>').setTitle('Свой').setWidth(500).setHeight(300);
    ui.showModalDialog(out, 'Отчёт');
    ui.showModelessDialog(out, 'Немодальный');
    ui.showSidebar(g.HtmlService.createHtmlOutput('<b>side</b>').setTitle('Боковая'));
    expect(emu.ui.dialogs).toEqual([
      { kind: 'modal', title: 'Отчёт', html: '<p>Привет</p>', width: 500, height: 300 },
      { kind: 'modeless', title: 'Немодальный', html: '<p>Привет</p>', width: 500, height: 300 },
      { kind: 'sidebar', title: 'Боковая', html: '<b>side</b>', width: 300, height: null },
    ]);
    expect(() => ui.showModalDialog('<p>' as never, 'x')).toThrow(/don't match the method signature for Ui.showModalDialog/);
  });

  it('records toasts; a missing timeout means 5 seconds', () => {
    const { emu, g } = setup();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    ss.toast('Готово');
    ss.toast('Отправлено', 'Рассылка', -1);
    expect(emu.ui.toasts).toEqual([
      { message: 'Готово', title: '', timeoutSeconds: 5 },
      { message: 'Отправлено', title: 'Рассылка', timeoutSeconds: -1 },
    ]);
  });
});

describe('HtmlService', () => {
  it('builds outputs: append, appendUntrusted escapes, size, title, modes', () => {
    const { g } = setup();
    const out = g.HtmlService.createHtmlOutput().append('<h1>Итог</h1>').appendUntrusted('<script>x</script>')
      .setSandboxMode(g.HtmlService.SandboxMode.IFRAME).setXFrameOptionsMode(g.HtmlService.XFrameOptionsMode.ALLOWALL);
    expect(out.getContent()).toBe('<h1>Итог</h1>&lt;script&gt;x&lt;/script&gt;');
    expect(out.setContent('x').getContent()).toBe('x');
    expect(out.setTitle('T').getTitle()).toBe('T');
    expect(out.getWidth()).toBeNull();
  });

  it('evaluates templates: <?= ?> escapes, <?!= ?> is raw, <? ?> runs code, variables are properties', () => {
    const { g } = setup();
    const t = g.HtmlService.createTemplate(
      '<h1><?= title ?></h1><?!= raw ?><ul><? for (const r of rows) { ?><li><?= r ?></li><? } ?></ul><? output.append("!"); ?>',
    ) as unknown as Record<string, unknown> & { evaluate(): { getContent(): string } };
    t.title = 'Отчёт <за> сентябрь';
    t.raw = '<hr>';
    t.rows = ['a&b', 'c'];
    expect(t.evaluate().getContent()).toBe('<h1>Отчёт &lt;за&gt; сентябрь</h1><hr><ul><li>a&amp;b</li><li>c</li></ul>!');
  });

  it('reads project HTML files registered on the emulator', () => {
    const { emu, g } = setup();
    emu.addHtmlFile('Sidebar.html', '<p><?= who ?></p>');
    const t = g.HtmlService.createTemplateFromFile('Sidebar') as unknown as { who: string; evaluate(): { getContent(): string } };
    t.who = 'завуч';
    expect(t.evaluate().getContent()).toBe('<p>завуч</p>');
    expect(g.HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<p><?= who ?></p>');
    expect(() => g.HtmlService.createHtmlOutputFromFile('Нет')).toThrow('No HTML file named Нет was found.');
  });
});

// «When unsure, ask»: a plan whose deadline column is found only by its content opens the column
// dialog after set-up; the answer is kept in «Настройки» and used from then on.
import { PLAN_IMPORT, SHEETS } from '../../src/text/ru';
import { world } from './helpers';

describe('the column dialog', () => {
  it('opens when the columns are a guess, keeps the answer in «Настройки», and the plan is read with it', () => {
    const w = world();
    w.emu.poke('Лист1', 'A1', [
      ['№', 'Мероприятие', 'Столбец 3', 'Кто'],
      ['1', 'Педсовет', 'август 2023', 'Директор'], ['2', 'Отчёт', 'декабрь 2023', 'Зам. директора'], ['3', 'Сайт', 'ежегодно (май)', 'Учитель'],
    ]);
    const typed = w.emu.peek('Лист1', 'A1:D4').values;
    w.run('setupStructure');
    const dialog = w.emu.ui.lastDialog();
    expect(dialog?.title).toBe(PLAN_IMPORT.columnsTitle);
    expect(dialog?.html).toContain('столбец C «Столбец 3»');

    const r = w.app.run('saveColumnChoice', { as: 'dialog', args: [{ number: 0, name: 1, deadline: 2, responsible: 3 }] }) as { ok: boolean };
    expect(r.ok).toBe(true);
    const settings = w.emu.peek(SHEETS.settings).displayValues;
    expect(settings.find((row) => row[0] === PLAN_IMPORT.columnsLabel)?.[1]).toBe('№: A; Мероприятие: B; Срок: C; Ответственные: D');
    const dialogs = w.emu.ui.dialogs.length;
    w.run('setupStructure');
    expect(w.emu.ui.dialogs.length).toBe(dialogs); // no longer unsure: not asked again
    expect(w.emu.peek(SHEETS.checkpoints).lastRow).toBeGreaterThan(3);
    expect(w.emu.peek('Лист1', 'A1:D4').values).toEqual(typed);
  });
});

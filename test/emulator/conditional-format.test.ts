// Conditional-format rules: the builder and built rules, and the colours a person sees on a given day.
import { createEmulator } from '../../emulator';

function setup() {
  const emu = createEmulator({ now: '2025-09-10T10:00' });
  const SA = emu.globals.SpreadsheetApp;
  const sheet = SA.getActiveSpreadsheet().getSheets()[0];
  // A checkpoint table: F = deadline, H = status.
  sheet.getRange('A1:H1').setValues([['№', 'Мероприятие', 'C', 'D', 'E', 'Срок', 'G', 'Статус']]);
  const d = (iso: string) => new Date(`${iso}T00:00:00+03:00`);
  sheet.getRange('A2:H5').setValues([
    [1, 'Педсовет', '', '', '', d('2025-09-05'), '', 'В работе'],
    [2, 'Отчёт', '', '', '', d('2025-09-05'), '', 'Выполнено'],
    [3, 'План', '', '', '', d('2025-09-20'), '', ''],
    [4, 'Без срока', '', '', '', '', '', ''],
  ]);
  return { emu, SA, sheet };
}

const RED = '#f4cccc';
const GREEN = '#d9ead3';

describe('conditional format rule builder', () => {
  it('builds rules whose condition, format and ranges read back', () => {
    const { SA, sheet } = setup();
    const rule = SA.newConditionalFormatRule()
      .whenFormulaSatisfied('=AND($H2<>"Выполнено",$F2<TODAY())')
      .setBackground(RED)
      .setFontColor('#990000')
      .setBold(true)
      .setRanges([sheet.getRange('A2:H100')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const [back] = sheet.getConditionalFormatRules();
    const cond = back.getBooleanCondition();
    expect(cond.getCriteriaType()).toBe('CUSTOM_FORMULA');
    expect(cond.getCriteriaValues()).toEqual(['=AND($H2<>"Выполнено",$F2<TODAY())']);
    expect([cond.getBackground(), cond.getFontColor(), cond.getBold()]).toEqual([RED, '#990000', true]);
    expect(back.getRanges().map((r) => (r as { getA1Notation(): string }).getA1Notation())).toEqual(['A2:H100']);
    expect(SA.newConditionalFormatRule().whenTextEqualTo('x').build().getBooleanCondition().getCriteriaValues()).toEqual(['x']);
    expect(back.copy().whenCellEmpty().build().getBooleanCondition().getCriteriaType()).toBe('CELL_EMPTY');
    sheet.clearConditionalFormatRules();
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });
});

describe('renderedBackgrounds', () => {
  it('colours overdue, unfinished rows on the given day ($ anchors the column, rows move)', () => {
    const { emu, SA, sheet } = setup();
    sheet.getRange('A1:H1').setBackground('#cccccc');
    sheet.setConditionalFormatRules([
      SA.newConditionalFormatRule()
        .whenFormulaSatisfied('=AND($H2<>"Выполнено",$F2<>"",$F2<TODAY())')
        .setBackground(RED)
        .setRanges([sheet.getRange('A2:H5')])
        .build(),
    ]);
    const bg = emu.renderedBackgrounds('Лист1', '2025-09-10');
    expect(bg.map((row) => row[0])).toEqual(['#cccccc', RED, '#ffffff', '#ffffff', '#ffffff']);
    expect(new Set(bg[1])).toEqual(new Set([RED]));
    // Ten days later the third row is overdue too.
    expect(emu.renderedBackgrounds('Лист1', '2025-09-21').map((row) => row[7])).toEqual(['#cccccc', RED, '#ffffff', RED, '#ffffff']);
  });

  it('shows the trap Sheets has: a blank date compares as 0, so it is "before today"', () => {
    const { emu, SA, sheet } = setup();
    sheet.setConditionalFormatRules([
      SA.newConditionalFormatRule().whenFormulaSatisfied('=$F2<TODAY()').setBackground(RED).setRanges([sheet.getRange('A2:A5')]).build(),
    ]);
    expect(emu.renderedBackgrounds('Лист1', '2025-09-10', 'A2:A5')).toEqual([[RED], [RED], ['#ffffff'], [RED]]);
  });

  it('applies only the first matching rule, in order', () => {
    const { emu, SA, sheet } = setup();
    const range = sheet.getRange('H2:H5');
    sheet.setConditionalFormatRules([
      SA.newConditionalFormatRule().whenTextEqualTo('выполнено').setBackground(GREEN).setRanges([range]).build(),
      SA.newConditionalFormatRule().whenCellNotEmpty().setBackground(RED).setRanges([range]).build(),
      SA.newConditionalFormatRule().whenCellEmpty().setBackground('#fff2cc').setRanges([range]).build(),
    ]);
    expect(emu.renderedBackgrounds('Лист1', '2025-09-10', 'H2:H5')).toEqual([[RED], [GREEN], ['#fff2cc'], ['#fff2cc']]);
  });

  it('text comparison in formulas is case-insensitive; & and arithmetic work', () => {
    const { emu, SA, sheet } = setup();
    sheet.getRange('C2').setValue(3);
    sheet.setConditionalFormatRules([
      SA.newConditionalFormatRule().whenFormulaSatisfied('=AND(LOWER($H2)="в работе",$B2&"!"="педсовет!",$C2*2+1=7)').setBackground(GREEN).setRanges([sheet.getRange('B2:B3')]).build(),
    ]);
    expect(emu.renderedBackgrounds('Лист1', '2025-09-10', 'B2:B3')).toEqual([[GREEN], ['#ffffff']]);
  });

  it('does not match (and warns) on a function it cannot evaluate or on ";" separators', () => {
    const { emu, SA, sheet } = setup();
    sheet.setConditionalFormatRules([
      SA.newConditionalFormatRule().whenFormulaSatisfied('=REGEXMATCH($H2,"Вып")').setBackground(GREEN).setRanges([sheet.getRange('H2:H3')]).build(),
      SA.newConditionalFormatRule().whenFormulaSatisfied('=AND($H2<>"Выполнено";$F2<TODAY())').setBackground(RED).setRanges([sheet.getRange('H2:H3')]).build(),
    ]);
    expect(emu.renderedBackgrounds('Лист1', '2025-09-10', 'H2:H3')).toEqual([['#ffffff'], ['#ffffff']]);
    expect(emu.warnings.some((w) => /REGEXMATCH/.test(w))).toBe(true);
    expect(emu.warnings.some((w) => /English syntax with ','/.test(w))).toBe(true);
  });

  it('reports font colour and weight from the winning rule', () => {
    const { emu, SA, sheet } = setup();
    sheet.setConditionalFormatRules([
      SA.newConditionalFormatRule().whenTextEqualTo('Выполнено').setFontColor('#38761d').setBold(true).setRanges([sheet.getRange('H3')]).build(),
    ]);
    expect(emu.rendered('Лист1', '2025-09-10', 'H3')[0][0]).toMatchObject({ background: '#ffffff', fontColor: '#38761d', bold: true });
  });
});

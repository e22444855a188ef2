import { seedPlace } from '../../src/core/seed-place';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { seedGrid } from '../../src/core/seed-grid';

const book = (...sheets: [string, unknown[][]][]): WorkbookSnapshot =>
  ({ timeZone: 'Europe/Moscow', sheets: sheets.map(([name, values]) => ({ name, values: values as never })) });

describe('where the sample plan may go', () => {
  it('into a new spreadsheet\'s untouched first sheet, or a new sheet when there are several empty ones', () => {
    expect(seedPlace(book(['Лист1', [['']]]), true)).toEqual({ action: 'seed', sheet: 'Лист1' });
    expect(seedPlace(book(['Лист1', [['']]], ['Лист2', [['']]]), true)).toEqual({ action: 'seed', sheet: null });
    expect(seedPlace(book(['Дорожная карта', [['']]], ['Лист2', [['']]]), true)).toEqual({ action: 'seed', sheet: 'Дорожная карта' });
  });

  it('never next to data: a budget gets a message naming the headers looked for', () => {
    const place = seedPlace(book(['Бюджет', [['Статья', '2023', '2024'], ['Зарплата', 100, 120], ['Итого', 100, 120]]]), true);
    expect(place.action).toBe('refuse');
    expect(place.action === 'refuse' && place.message).toMatch(/«Бюджет».*«Наименование мероприятия».*Ничего не изменено/);
  });

  it('uses a plan wherever it is, and does not seed when not asked to', () => {
    expect(seedPlace(book(['Лист1', seedGrid().values]), true)).toEqual({ action: 'use' });
    expect(seedPlace(book(['Лист1', [['']]]), false).action).toBe('refuse');
  });
});

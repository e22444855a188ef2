import fc from 'fast-check';
import { columnChoiceFrom, columnChoiceFromAnswer, formatColumnChoice, parseColumnChoice } from '../../../src/core/roadmap/column-choice';
import { readRoadmap } from '../../../src/core/roadmap';

describe('the column choice kept in «Настройки»', () => {
  it('round-trips through its readable line', () => {
    const line = formatColumnChoice({ number: 0, name: 1, deadline: 2, responsible: 27 });
    expect(line).toBe('№: A; Мероприятие: B; Срок: C; Ответственные: AB');
    expect(parseColumnChoice(line)).toEqual({ number: 0, name: 1, deadline: 2, responsible: 27 });
    fc.assert(fc.property(fc.string(), (t) => { parseColumnChoice(t); }));
    expect(parseColumnChoice('Срок: C')).toBeNull();
  });

  it('is found on the settings sheet and replaces the guesses', () => {
    const settings = [['Параметр', 'Значение'], ['Столбцы дорожной карты', 'Мероприятие: C; Срок: B']];
    const columns = columnChoiceFrom(settings);
    expect(columns).toEqual({ name: 2, deadline: 1 });
    const read = readRoadmap([['Мероприятие', 'Столбец 2', 'Описание'], ['Педсовет', 'май 2024', 'Совет']], { columns });
    expect(read.ok && read.roadmap.activities.map((a) => [a.name, a.deadlineText])).toEqual([['Совет', 'май 2024']]);
    expect(read.ok && read.roadmap.evidence.name).toBe('user');
  });

  it('takes the dialog answer only with an activity column', () => {
    expect(columnChoiceFromAnswer({ name: 1, deadline: -1, responsible: 3 })).toEqual({ name: 1, responsible: 3 });
    expect(columnChoiceFromAnswer({ name: -1 })).toBeNull();
    expect(columnChoiceFromAnswer('x')).toBeNull();
  });
});

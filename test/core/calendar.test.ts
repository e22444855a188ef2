// The one rule for a day typed by a person (the offline command's and the demo's --today, text dates
// in «Дата выполнения»): дд.мм.гггг as people type it, or ГГГГ-ММ-ДД; a day that does not exist is refused.
import fc from 'fast-check';
import { formatRu, isoDate, parseRuDate } from '../../src/core/calendar';

const day = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2999, 11, 31)), noInvalidDate: true })
  .map((d) => isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));

describe('parseRuDate', () => {
  it('reads back every day written as дд.мм.гггг and as ГГГГ-ММ-ДД', () => {
    fc.assert(fc.property(day, (d) => parseRuDate(formatRu(d)) === d && parseRuDate(d) === d));
  });

  it('reads days and months typed without a leading zero, and spaces around', () => {
    fc.assert(fc.property(day, (d) => {
      const [y, m, dd] = d.split('-').map(Number);
      return parseRuDate(` ${dd}.${m}.${y} `) === d;
    }));
    expect(parseRuDate('1.9.2024')).toBe('2024-09-01');
    expect(parseRuDate('15.11.2023')).toBe('2023-11-15');
  });

  it('refuses days that do not exist and text that is not a day', () => {
    for (const bad of ['31.02.2024', '29.02.2023', '32.01.2024', '15.13.2023', '2023-02-30', '2023-11-5', '2023/11/15', '15 ноября 2023', 'сегодня', '', '15.11', '15.11.202']) {
      expect(parseRuDate(bad)).toBeNull();
    }
    expect(parseRuDate('29.02.2024')).toBe('2024-02-29');
  });
});

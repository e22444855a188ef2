// One Russian plural rule (text/ru.ts `plural`), used by every count in the UI, the deadline engine's
// «N контрольных точек» included.
import { checkpointCount } from '../../src/core/deadline/words';
import { plural } from '../../src/text/ru';

const forms = (n: number): string => plural(n, 'точка', 'точки', 'точек');

describe('plural', () => {
  it.each([
    [1, 'точка'], [21, 'точка'], [101, 'точка'], [1001, 'точка'],
    [2, 'точки'], [3, 'точки'], [4, 'точки'], [22, 'точки'], [104, 'точки'],
    [0, 'точек'], [5, 'точек'], [11, 'точек'], [12, 'точек'], [14, 'точек'], [111, 'точек'], [112, 'точек'], [20, 'точек'], [100, 'точек'],
  ])('%d → %s', (n, form) => expect(forms(n)).toBe(form));

  it('a negative count takes the form of its size', () => {
    expect(forms(-1)).toBe('точка');
    expect(forms(-12)).toBe('точек');
  });
});

describe('checkpointCount (the deadline engine) takes the same rule', () => {
  it.each([
    [1, '1 контрольная точка'], [2, '2 контрольные точки'], [5, '5 контрольных точек'], [11, '11 контрольных точек'],
    [21, '21 контрольная точка'], [22, '22 контрольные точки'], [112, '112 контрольных точек'],
    [0, 'в периоде плана контрольных точек нет'],
  ])('%d → %s', (n, text) => expect(checkpointCount(n)).toBe(text));
});

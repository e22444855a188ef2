import fc from 'fast-check';
import { oneLine } from '../../src/core/cells';

describe('oneLine', () => {
  const reference = (text: string): string => text.replace(/\s+/g, ' ').trim();
  it('folds whitespace exactly like replace(/\\s+/g, " ").trim(), and returns tidy text itself', () => {
    const char = fc.constantFrom('а', 'b', ' ', '\n', '\t', '\r', '\u00a0', '\u2003', '\ufeff', '.', '1');
    fc.assert(fc.property(fc.array(char, { maxLength: 40 }).map((a) => a.join('')), (text) => oneLine(text) === reference(text)), { numRuns: 5000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => oneLine(text) === reference(text)), { numRuns: 2000 });
    for (const text of ['', ' ', 'а  б', ' а', 'а ', 'а\nб', 'а б']) expect(oneLine(text)).toBe(reference(text));
  });
});

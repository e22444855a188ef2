// The row-height estimate of the file shell: lines a wrapped text takes at a column width, and the height.
import fc from 'fast-check';
import { lettersPerLine, rowHeightPt, wrappedCellHeightPt, wrappedLines } from '../../src/views/row-height';

describe('wrappedLines', () => {
  it('breaks at spaces as an office suite does: a word that does not fit starts the next line', () => {
    expect(wrappedLines('один два три', 7)).toBe(2); // «один два» is 8 letters
    expect(wrappedLines('один два три', 8)).toBe(2);
    expect(wrappedLines('один два три', 12)).toBe(1);
    expect(wrappedLines('а\nб\nв', 10)).toBe(3);
  });

  it('breaks a web address after / ? & = - and a piece longer than a line inside it', () => {
    expect(wrappedLines('https://school.example/docs/prikaz-5', 20)).toBe(3); // https:// | school.example/docs/ | prikaz-5
    expect(wrappedLines('x'.repeat(25), 10)).toBe(3);
  });

  it('never counts fewer lines than the letters need, nor more than every pair of lines holding a line of letters', () => {
    const word = fc.stringMatching(/^[а-я]{1,12}$/);
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 12, max: 80 }), (words, perLine) => {
      const text = words.join(' ');
      const lines = wrappedLines(text, perLine);
      const letters = text.length;
      // A space where a line breaks takes no room, so n lines hold n × perLine letters and n − 1 spaces.
      return lines >= Math.ceil((letters + 1) / (perLine + 1)) && lines <= 2 * Math.ceil(letters / perLine) + 1;
    }));
  });

  it('a text without spaces or breaks takes exactly its letters over the line', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 60 }), (n, perLine) =>
      wrappedLines('ж'.repeat(n), perLine) === Math.ceil(n / perLine)));
  });
});

describe('row height', () => {
  it('leaves a one-line cell at the default and grows with the lines and the font', () => {
    expect(wrappedCellHeightPt('ОО', 150)).toBeUndefined();
    const two = wrappedCellHeightPt('образовательные организации (далее — ОО)', 150)!;
    expect(two).toBeGreaterThanOrEqual(2 * 12.75);
    expect(rowHeightPt(4)).toBeGreaterThan(rowHeightPt(3));
    expect(rowHeightPt(2, { size: 14 })).toBeGreaterThan(rowHeightPt(2));
    expect(lettersPerLine(300, { bold: true })).toBeLessThan(lettersPerLine(300));
  });
});

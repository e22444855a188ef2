// The real-phrase corpus (corpus.ts): at least 97 % read right (kind and due dates), and no phrase that read right
// when this test was written reads wrong now.
import { readsRight, scoreCorpus, scoreTable } from './corpus-score';
import { CORPUS, FIRST_COLLECTION } from './corpus';

/** Phrases still read wrong, on purpose listed here (and in the closing note): anything else is a regression. */
const KNOWN_MISSES = new Set([
  // PDF damage: «Сентябрь-декабрь» broken over lines with its dash lost reads as two months (with a typo warning)
  'Сентябр\nьдекабр\nь',
]);

describe('deadline corpus of real plan phrases', () => {
  const s = scoreCorpus();
  it('has at least 150 phrases', () => {
    expect(s.total).toBeGreaterThanOrEqual(150);
  });
  it('reads at least 97 % right, in the whole corpus and in each collection', () => {
    expect(s.right / s.total).toBeGreaterThanOrEqual(0.97);
    for (const part of [CORPUS.slice(0, FIRST_COLLECTION), CORPUS.slice(FIRST_COLLECTION)]) {
      expect(part.filter((p) => readsRight(p) === null).length / part.length).toBeGreaterThanOrEqual(0.97);
    }
  });
  it('reads wrong only the known misses', () => {
    expect(s.misses.map((m) => m.phrase.text).filter((t) => !KNOWN_MISSES.has(t))).toEqual([]);
  });
  it('has a table by class', () => {
    expect(scoreTable()).toMatch(/\| weekdays \| \d+ \| \d+ \|/);
  });
});

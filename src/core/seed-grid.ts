// The sample plan as the cells set-up writes: header, a «1. …» row per section (merged across) and
// one row per activity. The same grid feeds the Google sheet, the offline file and the tests.
import { SEED_SECTIONS } from './seed';
import { ROADMAP_FIELD_NAMES } from '../text/ru';

export const SEED_HEADER = [
  ROADMAP_FIELD_NAMES.number, ROADMAP_FIELD_NAMES.name, ROADMAP_FIELD_NAMES.deadline, ROADMAP_FIELD_NAMES.responsible, ROADMAP_FIELD_NAMES.result,
];

export function seedGrid(): { values: string[][]; mergedRows: number[] } {
  const values: string[][] = [[...SEED_HEADER]];
  const mergedRows: number[] = [];
  for (const s of SEED_SECTIONS) {
    mergedRows.push(values.length);
    values.push([`${s.number}. ${s.title}`, '', '', '', '']);
    for (const a of s.activities) values.push([a.number, a.name, a.deadline, a.responsible, a.result]);
  }
  return { values, mergedRows };
}

// Synthetic roadmaps of any size, for benchmarks and scale tests: the seed's sections and deadline
// phrases repeated, so every reading path of the engine is exercised in realistic proportions.
import { SEED_SECTIONS } from '../src/core';

export const ROADMAP_HEADER = ['№ п/п', 'Наименование мероприятия', 'Сроки реализации', 'Ответственные', 'Ожидаемый результат'];

/** Rows (header first) of a roadmap with `activities` activities in sections of about 15. */
export function syntheticRoadmap(activities: number): string[][] {
  const seed = SEED_SECTIONS.flatMap((s) => s.activities);
  const rows: string[][] = [ROADMAP_HEADER];
  const perSection = 15;
  for (let i = 0; i < activities; i++) {
    const section = Math.floor(i / perSection) + 1;
    if (i % perSection === 0) rows.push([`${section}. ${SEED_SECTIONS[(section - 1) % SEED_SECTIONS.length].title} (часть ${section})`, '', '', '', '']);
    const a = seed[i % seed.length];
    rows.push([`${section}.${(i % perSection) + 1}`, `${a.name} (${i + 1})`, a.deadline, a.responsible, a.result]);
  }
  return rows;
}

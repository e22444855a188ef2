import { planFromDocument, planInfo } from '../../../src/core/import/plan-from-document';
import { readRoadmap } from '../../../src/core/roadmap';
import { SEED_PLAN_INFO, SEED_SECTIONS } from '../../../src/core/seed';
import { seedGrid } from '../../../src/core/seed-grid';
import { planCheckpoints } from '../../../src/core/checkpoints';
import { readDeadline } from '../../../src/core/deadline';
import type { Roadmap } from '../../../src/core/roadmap';
import type { PlanPeriod } from '../../../src/core/deadline';
import { seedDocument } from '../../fixtures/documents/seed-document';

const checkpointsOf = (roadmap: Roadmap, plan: PlanPeriod) =>
  planCheckpoints(roadmap, roadmap.activities.map((a) => readDeadline(a.deadline as string, plan))).map((c) => `${c.key} ${c.due}`);

describe('a plan from a document', () => {
  it('reads the seed typed in Word: 14 activities in 4 sections, the same checkpoints as the built-in sample', () => {
    const read = planFromDocument(seedDocument(), '2023-06-20');
    if (!read.ok) throw new Error(read.message);
    const { roadmap, defaults, info } = read.plan;
    expect(roadmap.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4']);
    expect(roadmap.activities).toHaveLength(14);
    expect(roadmap.activities.map((a) => a.responsible)).toEqual(SEED_SECTIONS.flatMap((s) => s.activities.map((a) => a.responsible)));
    expect(roadmap.activities[0].name).toBe(SEED_SECTIONS[0].activities[0].name);
    expect(info).toMatchObject({ organisation: SEED_PLAN_INFO.organisation, approved: SEED_PLAN_INFO.approved, order: 'Приказом МКОУ «Селищенская ОШ» от 16.12.2022 № 135' });
    expect(defaults.plan).toEqual({ from: SEED_PLAN_INFO.from, to: SEED_PLAN_INFO.to, approved: SEED_PLAN_INFO.approved });
    const builtIn = readRoadmap(seedGrid().values, { mergedRows: new Set(seedGrid().mergedRows) });
    if (!builtIn.ok) throw new Error('seed');
    const seedPlan = { from: SEED_PLAN_INFO.from, to: SEED_PLAN_INFO.to, approved: SEED_PLAN_INFO.approved };
    expect(checkpointsOf(roadmap, defaults.plan)).toEqual(checkpointsOf(builtIn.roadmap, seedPlan));
    expect(read.plan.notPlaced).toEqual([]);
  });

  it('writes the header once: the header repeated after the page break is dropped', () => {
    const read = planFromDocument(seedDocument(), '2023-06-20');
    if (!read.ok) throw new Error(read.message);
    expect(read.plan.values.filter((r) => r[0] === 'Направление деятельности / Наименование мероприятия')).toHaveLength(1);
    expect(read.plan.mergedRows).toHaveLength(4);
  });

  it('refuses a document without a plan, in Russian', () => {
    expect(planFromDocument({ blocks: [{ kind: 'paragraph', text: 'Протокол' }] }, '2023-06-20')).toEqual({ ok: false, message: expect.stringMatching(/нет таблиц/) });
    const budget = { blocks: [{ kind: 'table' as const, table: { rows: [['Статья', '2023'], ['Зарплата', '100']].map((r) => r.map((text) => ({ text, colSpan: 1, rowSpan: 1, covered: false }))) } }] };
    expect(planFromDocument(budget, '2023-06-20')).toEqual({ ok: false, message: expect.stringMatching(/ни в одной не найдены столбцы/) });
  });

  it('reads the order with a date in words and the organisation from the title', () => {
    expect(planInfo(['Утверждаю', 'Приказ от «31» 08 2020 г. № 12', 'План работы МБОУ «СОШ № 3» на 2020 год'])).toMatchObject({ organisation: 'МБОУ «СОШ № 3»', title: 'План работы МБОУ «СОШ № 3» на 2020 год' });
  });
});

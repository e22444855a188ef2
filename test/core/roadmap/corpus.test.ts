// Every collected plan (test/fixtures/plans, typed as published) loads with the counts a person
// would count; the table in the fixtures' README is this test's output (`CORPUS_TABLE=1`).
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Cell } from '../../../src/core/cells';
import { readDeadline } from '../../../src/core/deadline';
import { readRoadmap } from '../../../src/core/roadmap';
import type { Merge } from '../../../src/core/roadmap/columns';
import { SEED_SECTIONS } from '../../../src/core/seed';
import { seedGrid } from '../../../src/core/seed-grid';
import { activityKey } from '../../../src/core/roadmap';

interface Fixture {
  source: string;
  plan: string;
  layout: string;
  rows: Cell[][];
  merged: number[];
  merges?: [number, number, number, number][];
  expect: { activities?: number; sections?: number; header?: string; refused?: boolean; sameKeysAsSeed?: boolean };
}

const dir = join(__dirname, '../../fixtures/plans');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const load = (f: string): Fixture => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture;
const read = (fx: Fixture) => readRoadmap(fx.rows, {
  mergedRows: new Set(fx.merged),
  merges: (fx.merges ?? []).map(([row, column, rows, columns]): Merge => ({ row, column, rows, columns })),
});

describe('the corpus of published plans', () => {
  it('holds at least 30 plans', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)('%s loads with the counts a person would count', (file) => {
    const fx = load(file);
    const r = read(fx);
    if (fx.expect.refused) {
      expect(r.ok).toBe(false);
      return;
    }
    if (!r.ok) throw new Error(`refused: ${r.missing.join(', ')}`);
    const m = r.roadmap;
    expect({ activities: m.activities.length, sections: m.sections.filter((s) => s.title).length })
      .toEqual({ activities: fx.expect.activities, sections: fx.expect.sections });
    // The columns read are the plan's columns (a number column is not required).
    const named = (['name', 'start', 'deadline', 'responsible', 'result'] as const)
      .map((f) => m.columns[f]).filter((c): c is number => c !== undefined).sort((a, b) => a - b)
      .map((c) => m.headers[c]);
    for (const h of named) expect(fx.expect.header?.split('|').map((t) => t.replace(/\s+/g, ' '))).toContain(h);
    // Nothing typed is lost: every activity keeps its text.
    for (const a of m.activities) expect(a.name || a.number).not.toBe('');
  });

  it('reads the seed as published (no number column, numbers in the names) with the keys of the built-in sample', () => {
    const fx = load(files.find((f) => f.includes('seed')) as string);
    const r = read(fx);
    const builtIn = readRoadmap(seedGrid().values, { mergedRows: new Set(seedGrid().mergedRows) });
    if (!r.ok || !builtIn.ok) throw new Error('not read');
    expect(r.roadmap.activities.map((a) => a.key)).toEqual(builtIn.roadmap.activities.map((a) => a.key));
    expect(r.roadmap.activities.map((a) => a.key)).toEqual(SEED_SECTIONS.flatMap((s) => s.activities.map((a) => activityKey(a.name))));
    expect(r.roadmap.activities.map((a) => a.number)).toEqual(builtIn.roadmap.activities.map((a) => (a.number === '3.3' ? '' : a.number)));
  });

  it('prints the corpus table when asked', () => {
    if (!process.env.CORPUS_TABLE) return;
    const lines = ['| # | план | источник | мероприятий | разделов | без срока | срок не прочитан |', '|---|---|---|---|---|---|---|'];
    for (const file of files) {
      const fx = load(file);
      const r = read(fx);
      const n = file.slice(0, 2);
      if (!r.ok) { lines.push(`| ${n} | ${fx.plan} | ${fx.source} | не план: нет столбцов ${r.missing.join(', ')} | | | |`); continue; }
      const acts = r.roadmap.activities;
      const plan = { from: '2000-01', to: '2030-12' };
      const empty = acts.filter((a) => !a.deadlineText).length;
      const unread = acts.filter((a) => a.deadlineText && readDeadline(a.deadline as string, plan).kind === 'unknown').length;
      lines.push(`| ${n} | ${fx.plan} | ${fx.source} | ${acts.length} | ${r.roadmap.sections.filter((s) => s.title).length} | ${empty} | ${unread} |`);
    }
    console.log(lines.join('\n'));
  });
});

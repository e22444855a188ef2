// Scores the deadline engine on the real-phrase corpus: right = same kind and the same due dates.
import { readDeadline } from '../../../src/core/deadline';
import { CORPUS } from './corpus';
import type { CorpusClass, CorpusPhrase } from './corpus';

export interface Miss { phrase: CorpusPhrase; kind: string; due: string[] }

export function readsRight(p: CorpusPhrase): Miss | null {
  const s = readDeadline(p.text, p.plan);
  const due = s.checkpoints.map((c) => c.due);
  return s.kind === p.kind && JSON.stringify(due) === JSON.stringify(p.due) ? null : { phrase: p, kind: s.kind, due };
}

export function scoreCorpus(): { byClass: Map<CorpusClass, { right: number; total: number }>; misses: Miss[]; right: number; total: number } {
  const byClass = new Map<CorpusClass, { right: number; total: number }>();
  const misses: Miss[] = [];
  for (const p of CORPUS) {
    const row = byClass.get(p.cls) ?? { right: 0, total: 0 };
    const miss = readsRight(p);
    row.total++;
    if (miss) misses.push(miss);
    else row.right++;
    byClass.set(p.cls, row);
  }
  return { byClass, misses, right: CORPUS.length - misses.length, total: CORPUS.length };
}

/** The table by class as Markdown, then every phrase read wrong. */
export function scoreTable(): string {
  const s = scoreCorpus();
  const lines = ['| class | right | total |', '|---|---|---|'];
  for (const [cls, r] of s.byClass) lines.push(`| ${cls} | ${r.right} | ${r.total} |`);
  lines.push(`| **all** | **${s.right}** (${((100 * s.right) / s.total).toFixed(1)} %) | **${s.total}** |`, '');
  for (const m of s.misses) lines.push(`- «${m.phrase.text}» (${m.phrase.cls}): expected ${m.phrase.kind} ${JSON.stringify(m.phrase.due)}, read ${m.kind} ${JSON.stringify(m.due)}`);
  return lines.join('\n');
}

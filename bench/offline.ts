// Benchmark of the offline command: a roadmap of n activities in an .xlsx file, then
// `roadmap-tracker` run on it in a child process, as a school would; seconds and peak memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import type { BenchRow } from './deadline';
import { syntheticRoadmap } from './fixtures';

export interface OfflineRow extends BenchRow {
  /** Wall-clock seconds (what a person waits on an idle computer). */
  seconds: number;
  /** CPU seconds of the run (user + system): the figure that stays meaningful on a busy machine. */
  cpuSeconds: number;
  peakMemoryMb: number;
}

/** Node's flags on the installed command's first line (`#!/usr/bin/env -S node --flag…`): the bench runs as a school does. */
export function commandNodeFlags(bin = join(__dirname, '..', 'bin', 'roadmap-tracker.js')): string[] {
  const first = readFileSync(bin, 'utf8').split('\n', 1)[0];
  const m = /^#!\/usr\/bin\/env\s+(?:-S\s+)?node((?:\s+--[\w-]+(?:=\S+)?)*)\s*$/.exec(first);
  if (!m) throw new Error(`bin/roadmap-tracker.js: unexpected first line ${first}`);
  return m[1].split(/\s+/).filter(Boolean);
}

/** Runs the command in a child Node (with the command's own Node flags) and reads its peak resident memory as it exits. */
function runCommand(file: string): { ms: number; cpuMs: number; peakMb: number; ok: boolean } {
  const cli = join(__dirname, 'roadmap-tracker.js');
  const script = `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nMAXRSS ' + u.maxRSS + ' CPU ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });` +
    `process.argv = [process.argv[0], ${JSON.stringify(cli)}, ${JSON.stringify(file)}, '--today', '2023-10-02']; require(${JSON.stringify(cli)});`;
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...commandNodeFlags(), '-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const kb = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? 0);
  const cpuUs = Number(/CPU (\d+)/.exec(r.stderr)?.[1] ?? 0);
  return { ms, cpuMs: cpuUs / 1000, peakMb: Math.round(kb / 1024), ok: r.status === 0 };
}

export async function benchOffline(activities: number): Promise<OfflineRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-bench-'));
  try {
    const file = join(dir, 'план.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Дорожная карта');
    for (const row of syntheticRoadmap(activities)) ws.addRow(row);
    await wb.xlsx.writeFile(file);
    const rows: OfflineRow[] = [];
    // The first run makes «план (обновлено).xlsx»; the next run works on that file, as the loop does.
    const runs: [string, string][] = [['offline (first run)', file], ['offline (next run)', join(dir, 'план (обновлено).xlsx')]];
    for (const [action, input] of runs) {
      const r = runCommand(input);
      if (!r.ok) throw new Error(`roadmap-tracker failed on ${activities} activities`);
      rows.push({ action, activities, calls: 0, ms: Math.round(r.ms), seconds: Math.round(r.ms / 100) / 10, cpuSeconds: Math.round(r.cpuMs / 100) / 10, peakMemoryMb: r.peakMb });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

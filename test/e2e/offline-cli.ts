// The roadmap-tracker command as the offline e2e tests start it: a child process of the built command.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';

export const CLI = join(__dirname, '../../bin/roadmap-tracker.js');

export function run(args: string[], cwd: string): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

export async function workbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

// `npm run bench [-- --json] [-- --sizes 15,1000,5000]`: for each action, the Google service calls it
// makes and the time it takes at growing roadmap sizes, on the emulator with the built bundle.
// Calls must not grow with the number of rows; time is for information (it is not asserted).
import { benchDeadline, type BenchRow } from '../bench/deadline';
import { benchActions } from '../bench/actions';
import { benchCore } from '../bench/core';
import { benchReport } from '../bench/report';
import { benchDigest } from '../bench/digest';
import { benchOffline, type OfflineRow } from '../bench/offline';
import { benchWeb, type WebRow } from '../bench/web';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const sizesArg = args[args.indexOf('--sizes') + 1];
  const sizes = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [15, 1000, 5000];
  const print = (row: BenchRow | OfflineRow | WebRow): void => {
    if (json) console.log(JSON.stringify(row));
    else {
      const size = row.activities !== undefined ? `${row.activities} мероприятий` : row.phrases !== undefined ? `${row.phrases} фраз` : '';
      const memory = 'peakMemoryMb' in row ? `   процессор ${row.cpuSeconds} с   пик памяти ${row.peakMemoryMb} МБ` : 'pageKb' in row ? `   страница ${row.pageKb} КБ` : '';
      const r = row as unknown as Partial<Record<string, number>>;
      const cost = r.modelledSeconds !== undefined
        ? `   ячеек прочитано ${r.cellsRead}, записано ${r.cellsWritten}, обращений ${r.roundTrips}, модель ${r.modelledSeconds} с`
        : r.cellsPlanned !== undefined ? `   ячеек в плане записи ${r.cellsPlanned}` : '';
      console.log(`${row.action.padEnd(28)} ${size.padEnd(18)} вызовов Google: ${String(row.calls).padStart(5)}   ${row.ms.toFixed(1).padStart(7)} мс${memory}${cost}`);
    }
  };
  for (const row of benchDeadline()) print(row);
  // The core alone on a snapshot: the CPU every action spends deciding, wherever it runs.
  for (const n of sizes) for (const row of benchCore(n)) print(row);
  for (const n of sizes) for (const row of benchActions(n)) print(row);
  for (const n of [15, 1000]) for (const row of benchReport(n)) print(row);
  for (const n of sizes) for (const row of benchDigest(n)) print(row);
  // The offline command (no Google calls: seconds and peak memory of the whole run on an .xlsx file).
  for (const n of sizes) for (const row of await benchOffline(n)) print(row);
  // The web page: its size and the time to open a plan in Chromium (skipped without a browser).
  for (const row of await benchWeb([15, 1000])) print(row);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

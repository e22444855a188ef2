// `npm run bench [-- --json] [-- --sizes 15,1000,5000]`: for each action, the Google service calls it
// makes and the time it takes at growing roadmap sizes, on the emulator with the built bundle.
// Calls must not grow with the number of rows; time is for information (it is not asserted).
import { benchDeadline, type BenchRow } from '../bench/deadline';
import { benchActions } from '../bench/actions';
import { benchReport } from '../bench/report';
import { benchDigest } from '../bench/digest';
import { benchOffline, type OfflineRow } from '../bench/offline';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const sizesArg = args[args.indexOf('--sizes') + 1];
  const sizes = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [15, 1000, 5000];
  const print = (row: BenchRow | OfflineRow): void => {
    if (json) console.log(JSON.stringify(row));
    else {
      const size = row.activities !== undefined ? `${row.activities} мероприятий` : `${row.phrases} фраз`;
      const memory = 'peakMemoryMb' in row ? `   пик памяти ${row.peakMemoryMb} МБ` : '';
      console.log(`${row.action.padEnd(24)} ${size.padEnd(18)} вызовов Google: ${String(row.calls).padStart(5)}   ${row.ms.toFixed(0).padStart(6)} мс${memory}`);
    }
  };
  for (const row of benchDeadline()) print(row);
  for (const n of sizes) for (const row of benchActions(n)) print(row);
  for (const n of [15, 1000]) for (const row of benchReport(n)) print(row);
  for (const n of sizes) for (const row of benchDigest(n)) print(row);
  // The offline command (no Google calls: seconds and peak memory of the whole run on an .xlsx file).
  for (const n of [15, 1000]) for (const row of await benchOffline(n)) print(row);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

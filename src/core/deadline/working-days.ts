// The Russian working-day calendar that «рабочих дней» and «первый рабочий понедельник» are counted in: the
// non-working public holidays of the Labour Code (ст. 112 ТК РФ) and, for the plan years the government has decided,
// its yearly decree on transferred days off (a holiday that falls on a day off moves to the next working day by
// ст. 112 ч. 2, except the January ones, which the decree places). For a year not listed here only ст. 112 is used,
// and the reading says so (WARN.workingDays). Add a year: one entry below, with its decree as the source.
import type { IsoDate } from '../calendar';

/** Non-working public holidays, ст. 112 ч. 1 ТК РФ, as MM-DD. */
export const PUBLIC_HOLIDAYS = new Set(['01-01', '01-02', '01-03', '01-04', '01-05', '01-06', '01-07', '01-08', '02-23', '03-08',
  '05-01', '05-09', '06-12', '11-04']);

export interface TransferYear {
  /** Weekdays that are days off (transferred days off and holidays moved from a weekend), MM-DD. */
  off: string[];
  /** Saturdays and Sundays that are working days, MM-DD. */
  working: string[];
  source: string;
}

export const TRANSFERS: Record<number, TransferYear> = {
  2023: {
    off: ['02-24', '05-08', '11-06'],
    working: [],
    source: 'Постановление Правительства РФ от 29.08.2022 № 1505 «О переносе выходных дней в 2023 году» (https://garant.ru/hotlaw/federal/1562946); 06.11 — ст. 112 ч. 2 ТК РФ',
  },
  2024: {
    off: ['04-29', '04-30', '05-10', '12-30', '12-31'],
    working: ['04-27', '11-02', '12-28'],
    source: 'Постановление Правительства РФ от 10.08.2023 № 1314 «О переносе выходных дней в 2024 году» (https://normativ.kontur.ru/document?documentId=454126&moduleId=1)',
  },
  2025: {
    off: ['05-02', '05-08', '06-13', '11-03', '12-31'],
    working: ['11-01'],
    source: 'Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году» (https://teko.cntd.ru/news/read/reglamentirovan-perenos-vyhodnyh-dney-v-2025-godu/novosti-po-okhrane-truda)',
  },
  2026: {
    off: ['01-09', '03-09', '05-11', '12-31'],
    working: [],
    source: 'Постановление Правительства РФ от 24.09.2025 «О переносе выходных дней в 2026 году» (https://ria.ru/20250924/mishustin--2044066128.html); 09.03 и 11.05 — ст. 112 ч. 2 ТК РФ',
  },
};

/** The first and last years whose transfers are known. */
export const TRANSFER_YEARS: [number, number] = [2023, 2026];

const OFF = new Set<string>();
const WORKING = new Set<string>();
for (const [y, t] of Object.entries(TRANSFERS)) {
  for (const md of t.off) OFF.add(`${y}-${md}`);
  for (const md of t.working) WORKING.add(`${y}-${md}`);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function weekdayOf(date: IsoDate): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function isWorkday(date: IsoDate): boolean {
  if (WORKING.has(date)) return true;
  if (OFF.has(date)) return false;
  return weekdayOf(date) <= 5 && !PUBLIC_HOLIDAYS.has(date.slice(5));
}

/** True when the year's transfers are known (else only ст. 112 is used). */
export function transfersKnown(year: number): boolean {
  return year in TRANSFERS;
}

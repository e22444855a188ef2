// Benchmark of the deadline engine: the time to read 10,000 deadline cells, a realistic mix of typed and
// PDF-pasted phrases (the seed roadmap's and other schools' forms, a few unreadable ones).
import { readDeadline, SEED_PLAN } from '../src/core';

export interface BenchRow {
  action: string;
  activities?: number;
  phrases?: number;
  calls: number;
  ms: number;
}

const MIX: string[] = [
  // the seed roadmap, typed and as pasted from its PDF
  'ноябрь-декабрь 2022 (с 2023 года - ежегодно)', 'ноябрь-декабрь \n2022 \n\n(с 2023 года - \nежегодно) ',
  '1 квартал 2023 (далее — по необходимости)', '1 квартал 2023 \n(далее — по \n\nнеобходимости) ',
  'декабрь 2022', 'ежегодно (июнь, декабрь)', 'ежегодно (июнь, \nдекабрь) ', 'июнь 2023, 2024', 'I квартал 2023',
  'ежегодно (в соответствии с планом-графиком)', 'ежегодно \n(в соответствии \n\nс планом- \nграфиком) ',
  'в сроки, определяемые ФГАОУ ДПО «Академия Минпросвещения России»',
  'в сроки, \nопределяемы\nе ФГАОУ ДПО \n\n«Академия \nМинпросвещени\n\nя России» ',
  'с января 2023 ежеквартально', 'с января 2023 \nежеквартально ', 'с апреля 2023 ежегодно', 'ноябрь 2024',
  'ежегодно (ноябрь)', 'постоянно, по мере поступления информации',
  'постоянно, \nпо \n\nмере \nпоступлени\n\nя \nинформаци\n\nи ', 'ежегодно, декабрь', 'ежегодно, \nдекабрь ',
  // other forms schools use
  'сентябрь 2023', 'сент. 2023 г.', 'в течение 2023 года', '2023–2024 гг.', '2023-2024 учебный год', 'I полугодие 2023',
  'до 01.09.2023', 'до 1 сентября 2023 г.', 'в срок до 15 декабря 2023 г.', '15.12.2022', 'октябрь, январь, март',
  'сентябрь, декабрь 2023', 'ноябрь 2023 - февраль 2024', 'ежемесячно', 'ежемесячно до 5 числа', 'раз в полугодие',
  '2 раза в год (май, декабрь)', 'май, ежегодно с 2023', 'ежегодно до 1 сентября', 'декабрь 2022, далее ежегодно',
  'по мере необходимости', 'в течение учебного года', 'по графику министерства', 'с 29 ноября по 3 декабря 2023 г.',
  '01.09-31.12.2023', 'II-III квартал 2023', 'в 1-м квартале 2024 года', 'до конца мая 2023', 'систематически',
  'IV KB. 2023', 'сен-\nтябрь 2023', 'ежегодно в течение учебного года',
  // not deadlines
  '', 'см. приложение', '3 раза в год',
];

export function benchDeadline(): BenchRow[] {
  const n = 10000;
  let checkpoints = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) checkpoints += readDeadline(MIX[i % MIX.length], SEED_PLAN).checkpoints.length;
  const ms = performance.now() - t0;
  if (checkpoints === 0) throw new Error('deadline bench: no checkpoints read');
  return [{ action: 'deadline.read', phrases: n, calls: 0, ms: Math.round(ms) }];
}

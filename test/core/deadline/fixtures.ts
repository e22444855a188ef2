// The seed roadmap's deadlines (МКОУ «Селищенская ОШ», plan December 2022 – December 2024) as typed and as
// pasted from the PDF (/work/shared/seed/000_be43eb75f4d6e7d9.txt, its line breaks kept), with the exact
// checkpoints expected. Shared by the seed test, the time-zone test and the bench.
import type { ScheduleKind } from '../../../src/core/deadline';

export type Cp = [label: string, start: string, due: string];

export interface Row {
  item: string;
  typed: string;
  /** The cell as the PDF's text layer gives it: line breaks, trailing spaces, words broken in two. */
  pasted: string;
  kind: ScheduleKind;
  checkpoints: Cp[];
  explanation: string;
  warnings?: RegExp[];
}

const month = (label: string, y: number, m: number): Cp => {
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return [label, `${y}-${mm}-01`, `${y}-${mm}-${last}`];
};

export const SEED_ROWS: Row[] = [
  {
    item: '1.1',
    typed: 'ноябрь-декабрь 2022 (с 2023 года - ежегодно)',
    pasted: 'ноябрь-декабрь \n2022 \n\n(с 2023 года - \nежегодно) ',
    kind: 'recurring',
    // The 2022 window opened in November, before the plan: clipped to the plan start, label kept.
    checkpoints: [
      ['ноябрь–декабрь 2022', '2022-12-01', '2022-12-31'],
      ['ноябрь–декабрь 2023', '2023-11-01', '2023-12-31'],
      ['ноябрь–декабрь 2024', '2024-11-01', '2024-12-31'],
    ],
    explanation: 'ноябрь–декабрь 2022, затем ежегодно в ноябре–декабре с 2023 года: 3 контрольные точки',
  },
  {
    item: '1.2',
    typed: '1 квартал 2023 (далее — по необходимости)',
    pasted: '1 квартал 2023 \n(далее — по \n\nнеобходимости) ',
    kind: 'once',
    checkpoints: [['I квартал 2023', '2023-01-01', '2023-03-31']],
    explanation: 'однократно, I квартал 2023: 1 контрольная точка; далее — по необходимости (без контрольных точек)',
  },
  {
    item: '2.1',
    typed: 'декабрь 2022',
    pasted: 'декабрь 2022 ',
    kind: 'once',
    checkpoints: [month('декабрь 2022', 2022, 12)],
    explanation: 'однократно, декабрь 2022: 1 контрольная точка',
  },
  {
    item: '2.2',
    typed: 'ежегодно (июнь, декабрь)',
    pasted: 'ежегодно (июнь, \nдекабрь) ',
    kind: 'recurring',
    checkpoints: [
      month('декабрь 2022', 2022, 12), month('июнь 2023', 2023, 6), month('декабрь 2023', 2023, 12),
      month('июнь 2024', 2024, 6), month('декабрь 2024', 2024, 12),
    ],
    explanation: 'ежегодно в июне и декабре: 5 контрольных точек',
  },
  {
    item: '2.3',
    typed: 'июнь 2023, 2024',
    pasted: 'июнь 2023, 2024  \n',
    kind: 'recurring',
    checkpoints: [month('июнь 2023', 2023, 6), month('июнь 2024', 2024, 6)],
    explanation: 'июнь 2023 и июнь 2024: 2 контрольные точки',
  },
  {
    item: '3.1',
    typed: 'I квартал 2023',
    pasted: ' \nI квартал 2023 \n ',
    kind: 'once',
    checkpoints: [['I квартал 2023', '2023-01-01', '2023-03-31']],
    explanation: 'однократно, I квартал 2023: 1 контрольная точка',
  },
  {
    item: '3.2',
    typed: 'ежегодно (в соответствии с планом-графиком)',
    pasted: 'ежегодно \n(в соответствии \n\nс планом- \nграфиком) ',
    kind: 'recurring',
    // No month: calendar-year windows due 31 December; 2022 is due inside the plan (clipped to December).
    checkpoints: [
      ['2022 год', '2022-12-01', '2022-12-31'],
      ['2023 год', '2023-01-01', '2023-12-31'],
      ['2024 год', '2024-01-01', '2024-12-31'],
    ],
    explanation: 'ежегодно в течение календарного года, в соответствии с планом-графиком (месяц не указан: срок — 31 декабря): 3 контрольные точки',
    warnings: [/Месяц не указан.*31 декабря.*в соответствии с планом-графиком/],
  },
  {
    item: '3.3',
    typed: 'в сроки, определяемые ФГАОУ ДПО «Академия Минпросвещения России»',
    pasted: 'в сроки, \nопределяемы\nе ФГАОУ ДПО \n\n«Академия \nМинпросвещени\n\nя России» ',
    kind: 'external',
    checkpoints: [],
    explanation: 'в сроки, определяемые ФГАОУ ДПО «Академия Минпросвещения России»: без контрольных точек',
  },
  {
    item: '3.4',
    typed: 'с января 2023 ежеквартально',
    pasted: 'с января 2023 \nежеквартально ',
    kind: 'recurring',
    checkpoints: [
      ['I квартал 2023', '2023-01-01', '2023-03-31'], ['II квартал 2023', '2023-04-01', '2023-06-30'],
      ['III квартал 2023', '2023-07-01', '2023-09-30'], ['IV квартал 2023', '2023-10-01', '2023-12-31'],
      ['I квартал 2024', '2024-01-01', '2024-03-31'], ['II квартал 2024', '2024-04-01', '2024-06-30'],
      ['III квартал 2024', '2024-07-01', '2024-09-30'], ['IV квартал 2024', '2024-10-01', '2024-12-31'],
    ],
    explanation: 'ежеквартально с января 2023: 8 контрольных точек',
  },
  {
    item: '3.5',
    typed: 'с апреля 2023 ежегодно',
    pasted: 'с апреля 2023 \nежегодно ',
    kind: 'recurring',
    checkpoints: [month('апрель 2023', 2023, 4), month('апрель 2024', 2024, 4)],
    explanation: 'ежегодно в апреле с апреля 2023: 2 контрольные точки',
  },
  {
    item: '3.6',
    typed: 'ноябрь 2024',
    pasted: 'ноябрь 2024 ',
    kind: 'once',
    checkpoints: [month('ноябрь 2024', 2024, 11)],
    explanation: 'однократно, ноябрь 2024: 1 контрольная точка',
  },
  {
    item: '4.1',
    typed: 'ежегодно (ноябрь)',
    pasted: 'ежегодно \n(ноябрь) ',
    kind: 'recurring',
    // November 2022 is due before the plan starts.
    checkpoints: [month('ноябрь 2023', 2023, 11), month('ноябрь 2024', 2024, 11)],
    explanation: 'ежегодно в ноябре: 2 контрольные точки',
  },
  {
    item: '4.2',
    typed: 'постоянно, по мере поступления информации',
    pasted: 'постоянно, \nпо \n\nмере \nпоступлени\n\nя \nинформаци\n\nи ',
    kind: 'continuous',
    checkpoints: [],
    explanation: 'постоянно, по мере поступления информации: без контрольных точек',
  },
  {
    item: '4.3',
    typed: 'ежегодно, декабрь',
    pasted: 'ежегодно, \nдекабрь ',
    kind: 'recurring',
    checkpoints: [month('декабрь 2022', 2022, 12), month('декабрь 2023', 2023, 12), month('декабрь 2024', 2024, 12)],
    explanation: 'ежегодно в декабре: 3 контрольные точки',
  },
];


// Every Russian string the deadline engine shows: period labels, explanations and warnings, kept in
// one place so the wording can be reviewed together. (Words the engine *recognises* are in lexicon.ts.)
import { formatRu } from '../calendar';
import type { IsoDate } from '../calendar';
import type { HolidayName } from './forms/school-calendar';
import { plural } from '../../text/ru';

export const MONTH_NOM = ['', 'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
export const MONTH_GEN = ['', 'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
export const MONTH_PREP = ['', 'январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];
export const ROMAN = ['', 'I', 'II', 'III', 'IV'];

const EN_DASH = '–';

/** Labels of checkpoints. They become part of a stored key, so they must never change for the same window. */
export const LABEL = {
  month: (m: number, y: number): string => `${MONTH_NOM[m]} ${y}`,
  months: (m1: number, y1: number, m2: number, y2: number): string =>
    y1 === y2 ? `${MONTH_NOM[m1]}${EN_DASH}${MONTH_NOM[m2]} ${y2}` : `${MONTH_NOM[m1]} ${y1} ${EN_DASH} ${MONTH_NOM[m2]} ${y2}`,
  quarter: (q: number, y: number): string => `${ROMAN[q]} квартал ${y}`,
  quarters: (q1: number, y1: number, q2: number, y2: number): string =>
    y1 === y2 ? `${ROMAN[q1]}${EN_DASH}${ROMAN[q2]} квартал ${y2}` : `${ROMAN[q1]} квартал ${y1} ${EN_DASH} ${ROMAN[q2]} квартал ${y2}`,
  half: (h: number, y: number): string => `${ROMAN[h]} полугодие ${y}`,
  schoolHalf: (h: number, y: number): string => `${ROMAN[h]} полугодие ${y}/${y + 1} учебного года`,
  term: (n: number, y: number): string => `${ROMAN[n]} четверть ${y}/${y + 1} учебного года`,
  year: (y: number): string => `${y} год`,
  years: (y1: number, y2: number): string => `${y1}${EN_DASH}${y2} годы`,
  schoolYear: (y: number): string => `${y}/${y + 1} учебный год`,
  day: (d: IsoDate): string => formatRu(d),
  days: (a: IsoDate, b: IsoDate): string => `${formatRu(a)}${EN_DASH}${formatRu(b)}`,
  until: (d: IsoDate): string => `до ${formatRu(d)}`,
  trimester: (n: number, y: number): string => `${ROMAN[n]} триместр ${y}/${y + 1} учебного года`,
  holiday: (h: HolidayName, y: number): string => `${HOLIDAY_NOM[h]} каникулы ${y}/${y + 1} учебного года`,
  week: (n: number, m: number, y: number): string => `${n < 0 ? 'последняя' : `${n}-я`} неделя ${MONTH_GEN[m]} ${y}`,
  lag: (period: string, due: IsoDate): string => `за ${period} — до ${formatRu(due)}`,
};

export const HOLIDAY_NOM: Record<HolidayName, string> = { autumn: 'осенние', winter: 'зимние', spring: 'весенние', summer: 'летние' };
const HOLIDAY_PREP: Record<HolidayName, string> = { autumn: 'осенние', winter: 'зимние', spring: 'весенние', summer: 'летние' };
const WEEKDAY_ACC = ['', 'понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу', 'воскресенье'];
const ORDINAL_ACC_F = ['', 'первую', 'вторую', 'третью', 'четвёртую', 'пятую'];
const ORDINAL_ACC_M = ['', 'первый', 'второй', 'третий', 'четвёртый', 'пятый'];
const LAG_PER: Record<'month' | 'quarter' | 'half' | 'year', string> = { month: 'месяца', quarter: 'квартала', half: 'полугодия', year: 'года' };

/** Russian plural of «контрольная точка» after a number. */
export function checkpointCount(n: number): string {
  if (n === 0) return 'в периоде плана контрольных точек нет';
  return `${n} ${plural(n, 'контрольная точка', 'контрольные точки', 'контрольных точек')}`;
}

/** "а, б и в". */
export function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} и ${items[items.length - 1]}`;
}

/** Pieces of explanations: how a period, a recurrence or a bound reads in a sentence. */
export const PHRASE = {
  // "ежегодно в июне", "в ноябре–декабре", "в I квартале", "15 декабря", "до 1 сентября"
  inMonth: (m: number): string => `в ${MONTH_PREP[m]}`,
  inMonthList: (ms: number[]): string => `в ${joinAnd(ms.map((m) => MONTH_PREP[m]))}`,
  inMonths: (m1: number, m2: number): string => `в ${MONTH_PREP[m1]}${EN_DASH}${MONTH_PREP[m2]}`,
  inQuarter: (q: number): string => `в ${ROMAN[q]} квартале`,
  inQuarters: (q1: number, q2: number): string => `в ${ROMAN[q1]}${EN_DASH}${ROMAN[q2]} кварталах`,
  inHalf: (h: number): string => `в ${ROMAN[h]} полугодии`,
  inSchoolHalf: (h: number): string => `в ${ROMAN[h]} полугодии учебного года`,
  inTerm: (n: number): string => `в ${ROMAN[n]} четверти`,
  inTrimester: (n: number): string => `в ${ROMAN[n]} триместре`,
  inHoliday: (h: HolidayName): string => `в ${HOLIDAY_PREP[h]} каникулы`,
  inWeek: (n: number, m: number): string => `на ${n < 0 ? 'последней' : `${n}-й`} неделе ${MONTH_GEN[m]}`,
  onNthWeekday: (n: number, wd: number, m: number, working: boolean): string => {
    const fem = wd === 3 || wd === 5 || wd === 6;
    const ord = n < 0 ? (fem ? 'последнюю' : 'последний') : (fem ? ORDINAL_ACC_F : ORDINAL_ACC_M)[n];
    const work = working ? (fem ? ' рабочую' : ' рабочий') : '';
    return `${ord.startsWith('вт') ? 'во' : 'в'} ${ord}${work} ${WEEKDAY_ACC[wd]} ${m ? MONTH_GEN[m] : 'месяца'}`;
  },
  lag: (per: 'month' | 'quarter' | 'half' | 'year' | null, d: number, m: number, workdays: number): string =>
    workdays > 0 ? `в течение ${workdays} рабочих дней после окончания ${per ? LAG_PER[per] : 'отчётного периода'}`
      : m > 0 ? `до ${d} ${MONTH_GEN[m]} года, следующего за отчётным`
        : `до ${d} числа месяца, следующего за отчётным${per && per !== 'month' ? ` ${per === 'quarter' ? 'кварталом' : per === 'half' ? 'полугодием' : 'годом'}` : ''}`,
  inCalendarYear: 'в течение календарного года',
  calendarDefault: '(месяц не указан: срок — 31 декабря)',
  inYears: (n: number): string => `раз в ${n} ${n >= 2 && n <= 4 ? 'года' : 'лет'}`,
  inSchoolYear: 'в течение учебного года (сентябрь–май)',
  onDay: (d: number, m: number): string => `${d} ${MONTH_GEN[m]}`,
  onDays: (d1: number, m1: number, d2: number, m2: number): string =>
    m1 === m2 ? `${d1}–${d2} ${MONTH_GEN[m2]}` : `с ${d1} ${MONTH_GEN[m1]} по ${d2} ${MONTH_GEN[m2]}`,
  untilDay: (d: number, m: number): string => `до ${d} ${MONTH_GEN[m]}`,
  untilDom: (d: number): string => `до ${d} числа`,
  onDom: (d: number): string => `${d} числа`,
  // bounds: "с апреля 2023", "с 2023 года", "с I квартала 2023", "с 01.09.2023"; "по 31.12.2024"
  fromMonth: (m: number, y: number): string => `с ${MONTH_GEN[m]} ${y}`,
  fromYear: (y: number): string => `с ${y} года`,
  fromQuarter: (q: number, y: number): string => `с ${ROMAN[q]} квартала ${y}`,
  fromDate: (d: IsoDate): string => `с ${formatRu(d)}`,
  toDate: (d: IsoDate): string => `по ${formatRu(d)}`,
  within: (label: string): string => `в пределах: ${label}`,
  after: (label: string): string => `после ${label}`,
};

export const RECUR_WORD = {
  year: 'ежегодно',
  half: 'раз в полугодие',
  quarter: 'ежеквартально',
  month: 'ежемесячно',
  term: 'каждую четверть',
  trimester: 'каждый триместр',
  times: (n: number): string => `${n} ${n >= 2 && n <= 4 ? 'раза' : 'раз'} в год`,
};

export const EXPLAIN = {
  noCheckpoints: 'без контрольных точек',
  once: (label: string): string => `однократно, ${label}`,
  range: (label: string): string => `период ${label}`,
  list: (labels: string[]): string => `сроки: ${labels.length > 6 ? labels.slice(0, 6).join(', ') + ', …' : joinAnd(labels)}`,
  schoolYearNote: 'учебный год — с 1 сентября по 31 мая',
  termNote: 'четверти: I — сентябрь–октябрь, II — ноябрь–декабрь, III — январь–март, IV — апрель–май',
  eachPlanYear: 'в каждом году плана (год не указан)',
  then: 'затем',
  followUp: (what: string): string => `далее — ${what} (${EXPLAIN.noCheckpoints})`,
  continuous: 'постоянно',
  asNeeded: 'по мере необходимости',
  external: 'в сроки, определяемые другими',
  startsFrom: (from: string): string => `постоянно, начиная ${from}`,
  event: (text: string): string => `по событию: ${text}`,
  unknown: (reason: string): string => `срок не понят: ${reason}`,
  weekly: 'еженедельно',
  daily: 'ежедневно',
};

export const REASON = {
  empty: 'срок не указан',
  nothing: 'в тексте нет ни даты, ни периода, ни периодичности',
  notAYear: (n: string): string => `число ${n} не похоже на год`,
  badDate: (s: string): string => `неверная дата «${s}»`,
  badInput: 'ячейка содержит значение неизвестного типа',
  timesWithoutMonths: (n: number): string => `«${RECUR_WORD.times(n)}» без указания месяцев: сроки определить нельзя`,
  domAlone: 'указано число месяца без месяца и без периодичности',
  reversed: (text: string): string => `конец периода раньше начала: «${text}»`,
  internal: 'внутренняя ошибка разбора',
};

export const WARN = {
  unknownWords: (words: string[]): string =>
    `Не понято и пропущено: ${words.slice(0, 8).map((w) => `«${w}»`).join(', ')}${words.length > 8 ? ' и др.' : ''}.`,
  outsidePlan: (labels: string[], plan: string): string =>
    `Вне периода плана (${plan}), не включено: ${labels.slice(0, 6).join(', ')}${labels.length > 6 ? ' и др.' : ''}.`,
  noneInPlan: (plan: string): string => `В периоде плана (${plan}) нет ни одной контрольной точки.`,
  noYear: 'Год не указан: срок повторяется в каждом году плана.',
  yearAtEnd: (text: string, y: number): string =>
    `В «${text}» год указан только в конце: начало периода отнесено к ${y} году.`,
  untilPeriod: (text: string, due: string): string =>
    `«${text}» прочитано как «до ${due}» (до начала указанного срока); если имелся в виду его конец, напишите «до конца …» или точную дату.`,
  calendarYear: 'Месяц не указан: контрольная точка — каждый календарный год, срок 31 декабря.',
  calendarYearExternal: (what: string): string =>
    `Месяц не указан: контрольная точка — каждый календарный год, срок 31 декабря; точный срок внутри года задаётся так: ${what}.`,
  halfSchoolPlan: '«Полугодие» без года прочитано как полугодие учебного года (I — сентябрь–декабрь, II — январь–май): план охватывает учебный год.',
  mergedYears: (text: string, a: number, b: number): string => `«${text}» прочитано как ${a}–${b} (между годами потерян дефис).`,
  halfNoYear: '«Полугодие» без года прочитано как полугодие календарного года (I — январь–июнь, II — июль–декабрь), а не учебного.',
  approx: (word: string, label: string): string => `Уточнение «${word}» не учтено точно: взят срок «${label}».`,
  sheetsDate: (date: IsoDate, month: string): string =>
    `В ячейке дата ${formatRu(date)} (первое число месяца): если имелся в виду весь месяц (${month}), Таблица могла сама превратить текст в дату — введите срок текстом.`,
  manyRecurrences: (words: string[]): string => `Указано несколько периодичностей (${words.join(', ')}); использована первая.`,
  fromOnly: (from: string): string => `Указано только начало срока («${from}»), конечного срока нет.`,
  badDate: (s: string): string => `Неверная дата «${s}» пропущена.`,
  reversed: (text: string): string => `Конец периода раньше начала: «${text}» пропущено.`,
  badPlan: (from: string, to: string): string => `Период плана задан неверно (${from} — ${to}): контрольные точки не рассчитаны.`,
  truncated: (n: number): string => `Текст слишком длинный: прочитаны первые ${n} символов.`,
  rangeUntilMonth: (text: string): string => `В «${text}» конец периода «до …» прочитан включительно.`,
  ignoredDates: (text: string): string => `Даты внутри «${text}» относятся к внешнему графику и не использованы.`,
  byResults: 'Срок «по итогам …» прочитан как конец указанного периода.',
  domIgnored: 'Число месяца при такой периодичности не учтено.',
  undatedFrom: (text: string): string => `«${text}» без года: взят каждый год плана.`,
  schoolYearSingle: (y: number): string => `«${y} учебный год» прочитан как ${y}/${y + 1} учебный год.`,
  winter: (y: number): string => `«Зима ${y}» прочитана как декабрь ${y} – февраль ${y + 1}.`,
  monthCountMismatch: (recur: string, n: number): string => `«${recur}», но указано месяцев: ${n}; взяты указанные месяцы.`,
  capped: (n: number): string => `Слишком много контрольных точек: оставлены первые ${n}.`,
  weekly: (word: string): string => `«${word}»: отдельные контрольные точки не создаются.`,
  workingDays: (known: number[], unknown: number[]): string =>
    `Рабочие дни посчитаны по праздникам ст. 112 ТК РФ${known.length ? ` и переносам выходных по постановлениям Правительства на ${known.join(', ')} г.` : ''}` +
    `${unknown.length ? `; переносы на ${unknown.join(', ')} г. неизвестны и не учтены` : ''}.`,
  lagNoteIgnored: (text: string): string => `Уточнение в скобках «${text}» не учтено: срок взят из основного текста.`,
  lagAssumed: (per: string): string => `Отчётный период не назван: взят ${per}.`,
  damagedDay: (text: string): string => `В «${text}» нет такого дня: срок не прочитан.`,
  damagedNumber: (text: string, what: string): string => `В «${text}» ${what}: эта часть не прочитана.`,
  yearLetterO: (text: string, year: number): string => `В «${text}» вместо нуля буква «О»: прочитано как ${year}.`,
  typo: (word: string, fixed: string): string => `«${word}» прочитано как «${fixed}» (опечатка).`,
  ambiguousTypo: (word: string): string => `«${word}» похоже на название месяца, но неясно какого: не прочитано.`,
  everyYears: (n: number, from: number): string => `«Раз в ${n} ${n >= 2 && n <= 4 ? 'года' : 'лет'}»: периоды отсчитаны от ${from} года.`,
  event: (text: string): string => `«${text}»: срок отсчитывается от события; контрольная точка не создаётся, пока событие не отмечено.`,
};

/** "декабрь 2022 – декабрь 2024": the plan period in warnings. */
export function planLabel(fromYear: number, fromMonth: number, toYear: number, toMonth: number): string {
  return `${MONTH_NOM[fromMonth]} ${fromYear} ${EN_DASH} ${MONTH_NOM[toMonth]} ${toYear}`;
}

// A corpus of real deadline phrases from published Russian school, kindergarten, district and regional plans and
// calendars (none of them in the other deadline tests), each with its source, its class and how a person reads
// it: the kind and the due dates inside the given plan period. Collected for issue 15; scored by corpus.test.ts
// (and `npm run --silent deadline-corpus` prints the table by class).
import type { PlanPeriod, ScheduleKind } from '../../../src/core/deadline';

export type CorpusClass =
  | 'dates'      // a date, a month, a range of days or months, with or without a year
  | 'lists'      // several dates or months in one cell
  | 'recurring'  // «ежегодно», «май, ежегодно с 2023», «до 25 числа каждого месяца», «1 раз в 5 лет»
  | 'lags'       // reporting lags: «до 15 числа месяца, следующего за отчётным»
  | 'weekdays'   // weekly and weekday schedules: «каждый понедельник», «во вторую среду февраля»
  | 'events'     // event-relative: «не позднее чем за день до проведения …», «в течение 5 дней со дня получения»
  | 'spans'      // continuous spans: «в течение всего периода», «в течение учебного года»
  | 'external';  // dates set by someone else: «по графику ФЦТ»

export interface CorpusPhrase {
  text: string;
  source: string;
  cls: CorpusClass;
  plan: PlanPeriod;
  kind: ScheduleKind;
  /** Every due date inside the plan, sorted. */
  due: string[];
}

const Y2014: PlanPeriod = { from: '2013-09', to: '2014-08' };
const Y2015: PlanPeriod = { from: '2015-07', to: '2016-06' };
const SY2223: PlanPeriod = { from: '2022-09', to: '2023-08' };
const SY2324: PlanPeriod = { from: '2023-09', to: '2024-08' };
const SY2425: PlanPeriod = { from: '2024-09', to: '2025-08' };
const CAL2023: PlanPeriod = { from: '2023-01', to: '2023-12' };
const FGOS: PlanPeriod = { from: '2022-01', to: '2027-12' };

const GARANT_KBR = 'https://base.garant.ru/30523923/da0ca740e319b67eff630b4065586e13/';
const GARANT_KK = 'https://base.garant.ru/43653516/f7ee959fd36b5699076b35abf4f52c5c/';
const TOR3 = 'https://tor-3.tverschool.ru/file/card?id=579';
const TAMBOV = 'https://base.garant.ru/28156795/d8b01b57742d3a84cbe3048d71fc60a9/';
const CHERMEN = 'https://chermen3.ru/GIA.htm';
const PODOLSK = 'https://31.schoolpodolsk.ru/file/card?id=5432';
const PENZA = 'http://chemsch.edu-penza.ru/levoe-menyu/dorozhnaya-karta/';
const FEO = 'https://feospecschool2.krymschool.ru/file/card?id=1415';
const GUL13 = 'https://gul13.tvoysadik.ru/file/card?id=2263';
const NOVOZ = 'https://novozybkov.su/?p=172192';
const NEVA = 'https://neva.today/news/2024/2/13/496002';
const BY59 = 'http://59-ka.by/index.php/uchitelyam/metodicheskaya-rabota/21-kanikuly/135-kanikuly-2';

const monthly = (year: number, day: number, from: number, to: number): string[] => {
  const out: string[] = [];
  for (let m = from; m <= to; m++) out.push(`${m >= 13 ? year + 1 : year}-${String(((m - 1) % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  return out;
};

export const CORPUS: CorpusPhrase[] = [
  // ── dates, months, ranges
  { text: 'январь-февраль 2014', source: GARANT_KBR, cls: 'dates', plan: Y2014, kind: 'range', due: ['2014-02-28'] },
  { text: 'январь-май 2014', source: GARANT_KBR, cls: 'dates', plan: Y2014, kind: 'range', due: ['2014-05-31'] },
  { text: 'июль - август 2015', source: GARANT_KK, cls: 'dates', plan: Y2015, kind: 'range', due: ['2015-08-31'] },
  { text: 'в срок до 10 августа 2015 года', source: GARANT_KK, cls: 'dates', plan: Y2015, kind: 'once', due: ['2015-08-10'] },
  { text: 'октябрь', source: 'https://base.garant.ru/405682245/53f89421bbdaf741eb2d1ecc4ddb4c33/', cls: 'dates', plan: { from: '2022-10', to: '2023-09' }, kind: 'recurring', due: ['2022-10-31'] },
  { text: 'Сентябрь 2022', source: 'https://nik2.tvoysadik.ru/file/card?id=2470', cls: 'dates', plan: { from: '2022-09', to: '2024-05' }, kind: 'once', due: ['2022-09-30'] },
  { text: 'сентябрь 2022 г. - май 2024 г.', source: 'https://nik2.tvoysadik.ru/file/card?id=2470', cls: 'dates', plan: { from: '2022-09', to: '2024-05' }, kind: 'range', due: ['2024-05-31'] },
  { text: 'Февраль 2022', source: 'https://gavrilovo.lenschool.ru/file/card?id=2071', cls: 'dates', plan: { from: '2022-02', to: '2023-01' }, kind: 'once', due: ['2022-02-28'] },
  { text: 'Август 2022 года', source: TOR3, cls: 'dates', plan: FGOS, kind: 'once', due: ['2022-08-31'] },
  { text: '2023-2024 годы', source: 'https://base.garant.ru/406314849/53f89421bbdaf741eb2d1ecc4ddb4c33', cls: 'dates', plan: { from: '2023-02', to: '2024-12' }, kind: 'range', due: ['2024-12-31'] },
  { text: '14 февраля 2023 года', source: CHERMEN, cls: 'dates', plan: SY2223, kind: 'once', due: ['2023-02-14'] },
  { text: '1 сентября', source: PODOLSK, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-09-01'] },
  { text: '3 сентября', source: PODOLSK, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-09-03'] },
  { text: 'Сентябрь-декабрь', source: PODOLSK, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-12-31'] },
  { text: '2-4 октября', source: PODOLSK, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-10-04'] },
  { text: '10-13 октября', source: PODOLSK, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-10-13'] },
  { text: '5 октября', source: PODOLSK, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-10-05'] },
  { text: '13-20 ноября', source: PODOLSK, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-11-20'] },
  { text: '12-15 декабря', source: PODOLSK, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-12-15'] },
  { text: '19-22 декабря', source: PODOLSK, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-12-22'] },
  { text: '27-29 декабря', source: PODOLSK, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-12-29'] },
  { text: 'Январь – апрель2015года', source: PENZA, cls: 'dates', plan: { from: '2015-01', to: '2016-05' }, kind: 'range', due: ['2015-04-30'] },
  { text: 'Май 2016 года', source: PENZA, cls: 'dates', plan: { from: '2015-01', to: '2016-05' }, kind: 'once', due: ['2016-05-31'] },
  { text: 'Январь  2015года', source: PENZA, cls: 'dates', plan: { from: '2015-01', to: '2016-05' }, kind: 'once', due: ['2015-01-31'] },
  { text: '1-5.09.2009', source: 'https://netdenegnakino.ru/en/plan-raboty-uchashchimisya-po-profilaktike-pravonarushenii-plan-raboty-po-profilaktike-pravonarushenii-sre.html', cls: 'dates', plan: { from: '2009-09', to: '2010-06' }, kind: 'range', due: ['2009-09-05'] },
  { text: '01.09', source: FEO, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-09-01'] },
  { text: '08.09', source: FEO, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-09-08'] },
  { text: '04.10', source: FEO, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-10-04'] },
  { text: '01.10.2023 - 15.10.2023', source: GUL13, cls: 'dates', plan: SY2324, kind: 'range', due: ['2023-10-15'] },
  { text: '15.05.2024г. по 30.05.2024г.', source: GUL13, cls: 'dates', plan: SY2324, kind: 'range', due: ['2024-05-30'] },
  { text: 'С 01 июня по 31 августа 2024 года', source: GUL13, cls: 'dates', plan: SY2324, kind: 'range', due: ['2024-08-31'] },
  { text: 'сентябрь-декабрь 2023г', source: GUL13, cls: 'dates', plan: SY2324, kind: 'range', due: ['2023-12-31'] },
  { text: 'январь-май 2024г.', source: GUL13, cls: 'dates', plan: SY2324, kind: 'range', due: ['2024-05-31'] },
  { text: '01.09-31.12.2023г', source: GUL13, cls: 'dates', plan: SY2324, kind: 'range', due: ['2023-12-31'] },
  { text: 'с 28 октября по 4 ноября', source: 'https://kulturarb.ru/ru/news/sobytiya-na-pro-kultura-rf/ura-kanikuly96', cls: 'dates', plan: SY2425, kind: 'recurring', due: ['2024-11-04'] },
  { text: 'С 29 октября по 5 ноября', source: 'https://moyaokruga.ru/ivanteevvestnik/Articles.aspx?articleId=206777', cls: 'dates', plan: { from: '2018-09', to: '2019-08' }, kind: 'recurring', due: ['2018-11-05'] },
  { text: 'с 31 декабря по 8 января', source: NOVOZ, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2024-01-08'] },
  { text: 'с 10 по 18 февраля', source: NOVOZ, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2024-02-18'] },
  { text: 'с 23 по 31 марта', source: NOVOZ, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2024-03-31'] },
  { text: 'с 29 октября по 6 ноября', source: 'https://nashgorod.ru/news/2023-09-05/v-tyumenskom-departamente-obrazovaniya-razoblachili-feyk-o-sokraschenie-kanikul-3032440?amp=1', cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-11-06'] },
  { text: '24 мая', source: 'https://realtagil.ru/news/stal-izvesten-kalendar-shkolnyh-ekzamenov-v-etom-uchebnom-godu', cls: 'dates', plan: SY2223, kind: 'recurring', due: ['2023-05-24'] },
  { text: 'с 22 марта по 12 апреля', source: NEVA, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2024-04-12'] },
  { text: 'с 23 мая по 18 июня', source: NEVA, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2024-06-18'] },
  { text: 'с 20 июня по 1 июля', source: NEVA, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2024-07-01'] },
  { text: 'с 19 сентября по 24 октября 2022 года', source: 'https://shkolasarpinskaya-r08.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti', cls: 'dates', plan: SY2223, kind: 'range', due: ['2022-10-24'] },
  { text: 'до 5 сентября', source: 'https://shkolasarpinskaya-r08.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti', cls: 'dates', plan: { from: '2022-01', to: '2022-12' }, kind: 'recurring', due: ['2022-09-05'] },
  { text: '6-19 сентября', source: 'https://moika78.ru/news/2022-10-07/815652-minprosveshheniya-raskrylo-daty-provedeniya-ege-v-2023-godu', cls: 'dates', plan: CAL2023, kind: 'recurring', due: ['2023-09-19'] },
  { text: 'с 29 октября 2023 г. по 7 ноября 2023 г. включительно', source: BY59, cls: 'dates', plan: SY2324, kind: 'range', due: ['2023-11-07'] },
  { text: 'с 24 декабря 2023 г. по 7 января 2024 г. включительно', source: BY59, cls: 'dates', plan: SY2324, kind: 'range', due: ['2024-01-07'] },
  { text: '25.04.2023', source: 'https://futazhik.ru/strakhovoe-pravo/5140-sroki-sdachi-otchyotnosti-v-2023-godu-3.html', cls: 'dates', plan: CAL2023, kind: 'once', due: ['2023-04-25'] },
  // ── lists
  { text: 'Август 2022 года, август 2023 года', source: TOR3, cls: 'lists', plan: FGOS, kind: 'recurring', due: ['2022-08-31', '2023-08-31'] },
  { text: '4, 9 и 23 сентября', source: NEVA, cls: 'lists', plan: { from: '2024-01', to: '2024-12' }, kind: 'recurring', due: ['2024-09-04', '2024-09-09', '2024-09-23'] },
  // ── recurring
  { text: 'до 25 числа каждого месяца', source: GARANT_KBR, cls: 'recurring', plan: Y2014, kind: 'recurring', due: monthly(2013, 25, 9, 20) },
  { text: 'Ежегодно', source: 'https://gavrilovo.lenschool.ru/file/card?id=2071', cls: 'recurring', plan: { from: '2022-02', to: '2024-12' }, kind: 'recurring', due: ['2022-12-31', '2023-12-31', '2024-12-31'] },
  { text: 'Май, ежегодно с 2023', source: TOR3, cls: 'recurring', plan: FGOS, kind: 'recurring', due: ['2023-05-31', '2024-05-31', '2025-05-31', '2026-05-31', '2027-05-31'] },
  { text: '1 раз в 5 лет', source: 'http://imcluga.ru/o-primenenii-aktualizirovannogo-poryadka-provedeniya-attestacii-pedagogicheskix-rabotnikov/', cls: 'recurring', plan: { from: '2023-09', to: '2029-08' }, kind: 'recurring', due: ['2027-12-31'] },
  // ── reporting lags
  { text: 'Ежемесячно до 15 числа месяца, следующего за отчетным периодом', source: 'https://base.garant.ru/28127007/53f89421bbdaf741eb2d1ecc4ddb4c33', cls: 'lags', plan: CAL2023, kind: 'recurring', due: monthly(2023, 15, 2, 12) },
  { text: 'ежеквартально, не позднее 3-го числа месяца, следующего за отчетным периодом', source: 'https://astr-gov.ru/doc/15475', cls: 'lags', plan: CAL2023, kind: 'recurring', due: ['2023-04-03', '2023-07-03', '2023-10-03'] },
  { text: 'ежемесячно не позднее 15 числа месяца, следующего за отчетным месяцем', source: TAMBOV, cls: 'lags', plan: CAL2023, kind: 'recurring', due: monthly(2023, 15, 2, 12) },
  { text: 'ежеквартально не позднее 15 числа месяца, следующего за отчетным кварталом', source: TAMBOV, cls: 'lags', plan: CAL2023, kind: 'recurring', due: ['2023-04-15', '2023-07-15', '2023-10-15'] },
  { text: 'не позднее 01 июня года, следующего за отчетным', source: TAMBOV, cls: 'lags', plan: { from: '2023-01', to: '2024-12' }, kind: 'recurring', due: ['2024-06-01'] },
  // ── weekly and weekday schedules
  { text: 'во вторую среду февраля', source: CHERMEN, cls: 'weekdays', plan: SY2223, kind: 'recurring', due: ['2023-02-08'] },
  { text: 'во вторую рабочую среду марта', source: CHERMEN, cls: 'weekdays', plan: SY2223, kind: 'recurring', due: ['2023-03-15'] },
  { text: 'первый рабочий понедельник мая', source: CHERMEN, cls: 'weekdays', plan: SY2223, kind: 'recurring', due: ['2023-05-15'] },
  { text: 'Каждый понедельник', source: PODOLSK, cls: 'weekdays', plan: SY2324, kind: 'continuous', due: [] },
  { text: 'еженедельно', source: 'https://bogushevichy.schools.by/pages/tsiklogramma-dejatelnosti-klassnogo-rukovoditelja', cls: 'weekdays', plan: SY2324, kind: 'continuous', due: [] },
  // ── event-relative
  { text: 'Не позднее чем за 2 недели до начала экзаменационного периода', source: 'https://consultant.ru/document/cons_doc_LAW_438904/be704d652db2a98b52ddecfb78b1c43c5b490bdc', cls: 'events', plan: SY2324, kind: 'as_needed', due: [] },
  { text: 'Не позднее чем за день до проведения итогового сочинения (изложения)', source: 'https://consultant.ru/document/cons_doc_LAW_430519/9d0943fc0a8e664b1137ee2ca8f4b620402887c6', cls: 'events', plan: SY2324, kind: 'as_needed', due: [] },
  { text: 'в течение 5 дней со дня получения', source: 'https://nadvoitsy.karelschool.ru/file/card?id=1853', cls: 'events', plan: CAL2023, kind: 'as_needed', due: [] },
  { text: 'в месячный срок со дня образования', source: 'http://filling-form.ru/blank/50414/index.html?page=3', cls: 'events', plan: CAL2023, kind: 'as_needed', due: [] },
  // ── continuous spans
  { text: 'в течение всего периода', source: GARANT_KBR, cls: 'spans', plan: Y2014, kind: 'continuous', due: [] },
  { text: 'В течение периода реализации проекта', source: PENZA, cls: 'spans', plan: { from: '2015-01', to: '2016-05' }, kind: 'continuous', due: [] },
  { text: 'В течение года', source: PENZA, cls: 'spans', plan: { from: '2015-01', to: '2016-05' }, kind: 'continuous', due: [] },
  { text: 'В течение учебного года', source: FEO, cls: 'spans', plan: SY2324, kind: 'continuous', due: [] },
  { text: 'сентябрь, в течение года', source: FEO, cls: 'spans', plan: SY2324, kind: 'continuous', due: ['2023-09-30'] },
  // ── external
  { text: 'по графику ФЦТ', source: GARANT_KBR, cls: 'external', plan: Y2014, kind: 'external', due: [] },
];

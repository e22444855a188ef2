// A corpus of real deadline phrases from published Russian school, kindergarten, district and regional plans and
// calendars (none of them in the other deadline tests), each with its source, its class and how a person reads
// it: the kind and the due dates inside the given plan period. Collected for issue 15; scored by corpus.test.ts
// (scoreTable() in corpus-score.ts gives the table by class).
import type { PlanPeriod, ScheduleKind } from '../../../src/core/deadline';

export type CorpusClass =
  | 'dates'      // a date, a month, a range of days or months, with or without a year
  | 'lists'      // several dates or months in one cell
  | 'recurring'  // «ежегодно», «май, ежегодно с 2023», «до 25 числа каждого месяца», «1 раз в 5 лет»
  | 'lags'       // reporting lags: «до 15 числа месяца, следующего за отчётным»
  | 'weekdays'   // weekly and weekday schedules: «каждый понедельник», «во вторую среду февраля»
  | 'events'     // event-relative: «не позднее чем за день до проведения …», «в течение 5 дней со дня получения»
  | 'spans'      // continuous spans: «в течение всего периода», «в течение учебного года»
  | 'external'   // dates set by someone else: «по графику ФЦТ»
  | 'calendar'   // the school calendar: «1 раз в триместр», «в дни осенних каникул», «по окончании первого полугодия»
  | 'typos';     // misspelt or PDF-damaged phrases: «В течении учебного года», «Сентябр\nьдекабр\nь»

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

const FIRST: CorpusPhrase[] = [
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

// ── the second collection (01.12.2026): school holiday calendars and schedules, ГИА calendars, admission rules
// (event-relative deadlines), reporting rules, the government's decrees on transferred days off (as news), plans of
// Russian-language schools in Belarus (same calendar words). Readings with the default school calendar.
const SY1617: PlanPeriod = { from: '2016-09', to: '2017-08' };
const SY1718: PlanPeriod = { from: '2017-09', to: '2018-08' };
const SY2021: PlanPeriod = { from: '2020-09', to: '2021-08' };
const SY2526: PlanPeriod = { from: '2025-09', to: '2026-08' };
const CAL2016: PlanPeriod = { from: '2016-01', to: '2016-12' };
const CAL2024: PlanPeriod = { from: '2024-01', to: '2024-12' };
const CAL2025: PlanPeriod = { from: '2025-01', to: '2025-12' };

const EDSH = 'https://edsh.by/zhurnal/statia/plan-raboty-na-aprel';
const KOSH = 'https://kosh.roo-pinsk.gov.by/%D1%81%D0%B5%D1%80%D0%B2%D0%B8%D1%81%D1%8B/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8-%D0%B0%D1%80%D1%85%D0%B8%D0%B2/document-17393.html';
const SEREDKA = 'http://seredkaschool.blogspot.com/2017/11/blog-post_38.html';
const DEAF = 'https://deafsch.by/organizacziya-obrazovatelnogo-proczessa/kanikulyi';
const SPB247 = 'https://school247spb.ru/basic-education/educational-schedule/';
const AUDITOR = 'https://auditor-sajta.ru/080625/novosti-kogda-zakonchitsya-vtoroj-trimestr-v-shkole';
const PERM = 'https://docs.cntd.ru/document/570959003/titles/3AS55J';
const RUKOV = 'https://rukovodstvorus.ru/instrukcziya-po-zapolneniyu-85-k-v-2023-godu-s-izmeneniyami';
const KIRO = 'http://kiroiro.ru/news.php?page=3670';
const LIP48 = 'https://xn--48-6kc3bfr2e.xn--80acgfbsl1azdqr.xn--p1ai/?section_id=180';
const CNTD553 = 'https://docs.cntd.ru/document/553379242/titles/2NJH1GD';
const VLAD = 'https://vlad-gov.ru/doc/37971';
const URMARY = 'https://ds1-urmary.edu21.cap.ru/news/2016/04/21/event_2026041/?id=3cf648e9-8db7-4b66-ba33-ca7f4a832bd8';
const STUDENT2 = 'https://student2.ru/medicina/787641-dnevnik-klassnogo-rukovoditelya';
const TRAMIT = 'https://tramitador.org/gu/service/266343';
const OSH5 = 'https://osh5.tomschool.ru/file/card?id=2151';
const MUKLEN = 'https://muklen.edu.yar.ru//raspisanie_zanyatiy.html';
const SHERESH = 'https://shereshevo-school.pruzhany.by/author/editor/page/6';
const TEKO = 'https://teko.cntd.ru/news/read/reglamentirovan-perenos-vyhodnyh-dney-v-2025-godu/novosti-po-okhrane-truda';
const PENZA26 = 'https://www.penzainform.ru/news/social/2025/09/24/stalo_izvestno_v_kakie_dni_rossiyane_budut_otdihat_v_2026_godu.html';
const VTB = 'https://profkomvtb.ru/o-perenose-vyhodnyh-v-2024-godu/';
const REZH3 = 'https://3rezh.uralschool.ru/file/card?id=8931';
const GLUB2 = 'https://schkola2.rooglub.gov.by/novosti-2/1774-plan-raboty-na-zimnie-kanikuly-2025-2026-uchebnogo-goda';

const SECOND: CorpusPhrase[] = [
  // ── dates, months, ranges
  { text: 'С 5 апреля 2021 г. по 31 мая 2021 г.', source: EDSH, cls: 'dates', plan: SY2021, kind: 'range', due: ['2021-05-31'] },
  { text: 'с 28 марта 2021 г. по 4 апреля 2021 г. включительно', source: EDSH, cls: 'dates', plan: SY2021, kind: 'range', due: ['2021-04-04'] },
  { text: 'До 10 апреля', source: EDSH, cls: 'dates', plan: SY2021, kind: 'recurring', due: ['2021-04-10'] },
  { text: '01.10.2018', source: KOSH, cls: 'dates', plan: { from: '2018-09', to: '2019-08' }, kind: 'once', due: ['2018-10-01'] },
  { text: '02.10 - 31.10', source: KOSH, cls: 'dates', plan: { from: '2018-09', to: '2019-08' }, kind: 'recurring', due: ['2018-10-31'] },
  { text: '03.10', source: KOSH, cls: 'dates', plan: { from: '2018-09', to: '2019-08' }, kind: 'recurring', due: ['2018-10-03'] },
  { text: 'Март-апрель', source: 'http://orl.roo-stolin.gov.by/о-школе/благоустройство-школьной-территории', cls: 'dates', plan: CAL2023, kind: 'recurring', due: ['2023-04-30'] },
  { text: 'с 23 по 27 октября', source: SEREDKA, cls: 'dates', plan: SY1718, kind: 'recurring', due: ['2017-10-27'] },
  { text: 'с 1 сентября 2022 г. по 29 октября 2022 г.', source: DEAF, cls: 'dates', plan: SY2223, kind: 'range', due: ['2022-10-29'] },
  { text: 'с 8 ноября 2022 г.  по 24 декабря 2022 г.', source: DEAF, cls: 'dates', plan: SY2223, kind: 'range', due: ['2022-12-24'] },
  { text: 'с 30 октября 2022 г.  по 7 ноября 2022 г. включительно', source: DEAF, cls: 'dates', plan: SY2223, kind: 'range', due: ['2022-11-07'] },
  { text: 'с 1 июня 2023 г. по 31 августа 2023 г.', source: DEAF, cls: 'dates', plan: SY2223, kind: 'range', due: ['2023-08-31'] },
  { text: 'с 20 февраля 2023 г. по 26 февраля 2023 г.', source: DEAF, cls: 'dates', plan: SY2223, kind: 'range', due: ['2023-02-26'] },
  { text: '1 сентября — 27 октября', source: SPB247, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-10-27'] },
  { text: '6 ноября — 29 декабря', source: SPB247, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-12-29'] },
  { text: '9 января — 15 марта', source: SPB247, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2024-03-15'] },
  { text: '27 марта — 20 мая', source: SPB247, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2024-05-20'] },
  { text: 'С 28 октября по 05 ноября 2023 года', source: SPB247, cls: 'dates', plan: SY2324, kind: 'range', due: ['2023-11-05'] },
  { text: 'С 30 декабря 2023 года по 08 января 2024 года', source: SPB247, cls: 'dates', plan: SY2324, kind: 'range', due: ['2024-01-08'] },
  { text: 'С 18 марта по 26 марта 2024 года', source: SPB247, cls: 'dates', plan: SY2324, kind: 'range', due: ['2024-03-26'] },
  { text: 'С 12 по 18 февраля 2024 года', source: SPB247, cls: 'dates', plan: SY2324, kind: 'range', due: ['2024-02-18'] },
  { text: '6-7 сентября', source: SPB247, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-09-07'] },
  { text: '13-14 декабря', source: SPB247, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-12-14'] },
  { text: '28-29 февраля', source: SPB247, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2024-02-29'] },
  { text: '24-25 апреля', source: SPB247, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2024-04-25'] },
  { text: '15-16 мая', source: SPB247, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2024-05-16'] },
  { text: '11 – 17 октября', source: SPB247, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-10-17'] },
  { text: '06 – 12 декабря', source: SPB247, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-12-12'] },
  { text: 'с 27 ноября 2023 года по 16 февраля 2024 года', source: AUDITOR, cls: 'dates', plan: SY2324, kind: 'range', due: ['2024-02-16'] },
  { text: 'с 09.01.2023 по 20.01.2023', source: RUKOV, cls: 'dates', plan: CAL2023, kind: 'range', due: ['2023-01-20'] },
  { text: 'с 21 марта по 21 апреля', source: KIRO, cls: 'dates', plan: CAL2025, kind: 'recurring', due: ['2025-04-21'] },
  { text: 'с 23 мая по 4 июля', source: KIRO, cls: 'dates', plan: CAL2025, kind: 'recurring', due: ['2025-07-04'] },
  { text: 'с 4 по 23 сентября', source: KIRO, cls: 'dates', plan: CAL2025, kind: 'recurring', due: ['2025-09-23'] },
  { text: 'С 16 по 23 июня', source: KIRO, cls: 'dates', plan: CAL2025, kind: 'recurring', due: ['2025-06-23'] },
  { text: 'с 6 июля по 5 сентября текущего года', source: LIP48, cls: 'dates', plan: CAL2025, kind: 'recurring', due: ['2025-09-05'] },
  { text: 'До 31 августа (при приеме в 1, 10 класс)', source: VLAD, cls: 'dates', plan: { from: '2011-09', to: '2012-08' }, kind: 'recurring', due: ['2012-08-31'] },
  { text: 'не позднее 1 февраля', source: URMARY, cls: 'dates', plan: CAL2016, kind: 'recurring', due: ['2016-02-01'] },
  { text: 'не позднее 30 июня текущего года', source: URMARY, cls: 'dates', plan: CAL2016, kind: 'recurring', due: ['2016-06-30'] },
  { text: 'не позднее 15 октября 2021 года', source: 'https://www.consultant.ru/document/cons_doc_LAW_396093/cedf38e9bb81b582897b3f408b028ab882a3094b/', cls: 'dates', plan: { from: '2021-09', to: '2022-08' }, kind: 'once', due: ['2021-10-15'] },
  { text: '18 октября', source: 'https://popovka.rostovschool.ru/site/pub?id=46', cls: 'dates', plan: { from: '2018-09', to: '2019-08' }, kind: 'recurring', due: ['2018-10-18'] },
  { text: '5 декабря 2023г', source: OSH5, cls: 'dates', plan: SY2324, kind: 'once', due: ['2023-12-05'] },
  { text: 'Январь 2024г', source: OSH5, cls: 'dates', plan: SY2324, kind: 'once', due: ['2024-01-31'] },
  { text: 'Март – май 2024г', source: OSH5, cls: 'dates', plan: SY2324, kind: 'range', due: ['2024-05-31'] },
  { text: 'не позднее 15 сентября', source: MUKLEN, cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-09-15'] },
  { text: 'Август- сентябрь', source: SHERESH, cls: 'dates', plan: CAL2023, kind: 'recurring', due: ['2023-09-30'] },
  { text: 'Октябрь –декабрь', source: SHERESH, cls: 'dates', plan: CAL2023, kind: 'recurring', due: ['2023-12-31'] },
  { text: 'до 30 мая включительно', source: 'https://fotkaew.ru/minprosveshcheniya-opublikovalo-grafik-kanikul-dlya-rossiyskikh-shkolnikov', cls: 'dates', plan: SY2425, kind: 'recurring', due: ['2025-05-30'] },
  { text: 'с 29 декабря 2024 года по 8 января 2025 года', source: TEKO, cls: 'dates', plan: SY2425, kind: 'range', due: ['2025-01-08'] },
  { text: 'с 8 по 11 мая', source: TEKO, cls: 'dates', plan: SY2425, kind: 'recurring', due: ['2025-05-11'] },
  { text: 'с 31 декабря 2025 года по 11 января 2026-го', source: PENZA26, cls: 'dates', plan: SY2526, kind: 'range', due: ['2026-01-11'] },
  { text: 'с 21 по 23 февраля (3 дня)', source: PENZA26, cls: 'dates', plan: SY2526, kind: 'recurring', due: ['2026-02-23'] },
  { text: 'с 30 декабря 2023 года по 08 января включительно', source: VTB, cls: 'dates', plan: CAL2024, kind: 'range', due: ['2024-01-08'] },
  { text: 'с 28 апреля по 1 мая', source: VTB, cls: 'dates', plan: CAL2024, kind: 'recurring', due: ['2024-05-01'] },
  { text: 'с 03 по 04 ноября', source: VTB, cls: 'dates', plan: CAL2024, kind: 'recurring', due: ['2024-11-04'] },
  { text: '27.12-28.12', source: GLUB2, cls: 'dates', plan: SY2526, kind: 'recurring', due: ['2025-12-28'] },
  { text: '06.01', source: GLUB2, cls: 'dates', plan: SY2526, kind: 'recurring', due: ['2026-01-06'] },
  { text: 'С 20 по 29 декабря', source: 'https://dzen.ru/list/new-year/plan-raboty-shkoly-v-period-zimnih-kanikul?from_cloud=true', cls: 'dates', plan: SY2324, kind: 'recurring', due: ['2023-12-29'] },
  // ── lists
  { text: 'Декабрь и январь', source: SEREDKA, cls: 'lists', plan: SY1718, kind: 'recurring', due: ['2017-12-31', '2018-01-31'] },
  { text: 'Апрель и май', source: SEREDKA, cls: 'lists', plan: SY1718, kind: 'recurring', due: ['2018-04-30', '2018-05-31'] },
  { text: 'Февраль и март', source: SEREDKA, cls: 'lists', plan: SY1718, kind: 'recurring', due: ['2018-02-28', '2018-03-31'] },
  { text: 'с 1 по 7 января и с 19 по 25 февраля', source: AUDITOR, cls: 'lists', plan: SY2324, kind: 'recurring', due: ['2024-01-07', '2024-02-25'] },
  { text: '3 и 4 июля', source: KIRO, cls: 'lists', plan: CAL2025, kind: 'recurring', due: ['2025-07-03', '2025-07-04'] },
  { text: '10 и 11 июня', source: KIRO, cls: 'lists', plan: CAL2025, kind: 'recurring', due: ['2025-06-10', '2025-06-11'] },
  { text: 'с 1 по 3 мая и с 9 по 11 мая (по 3 дня)', source: PENZA26, cls: 'lists', plan: SY2526, kind: 'recurring', due: ['2026-05-03', '2026-05-11'] },
  // ── recurring
  { text: 'не позднее 30 августа каждого года', source: TRAMIT, cls: 'recurring', plan: { from: '2023-01', to: '2024-12' }, kind: 'recurring', due: ['2023-08-30', '2024-08-30'] },
  { text: 'не менее двух в месяц', source: STUDENT2, cls: 'recurring', plan: SY2324, kind: 'continuous', due: [] },
  // ── reporting lags
  { text: 'ежеквартально до 15 числа месяца (за год до 25 числа месяца), следующего за отчетным', source: PERM, cls: 'lags', plan: CAL2024, kind: 'recurring', due: ['2024-04-15', '2024-07-15', '2024-10-15'] },
  { text: 'ежегодно не позднее 25 января года, следующего за отчетным', source: PERM, cls: 'lags', plan: { from: '2023-01', to: '2024-12' }, kind: 'recurring', due: ['2024-01-25'] },
  { text: 'с 9 по 20 января года, следующего за отчетным', source: RUKOV, cls: 'lags', plan: { from: '2022-01', to: '2023-12' }, kind: 'recurring', due: ['2023-01-20'] },
  { text: 'до 01 февраля, следующего за отчетным годом', source: 'http://ds110.ucoz.net/index/municipalnoe_zadanie/0-44', cls: 'lags', plan: { from: '2025-01', to: '2026-12' }, kind: 'recurring', due: ['2026-02-01'] },
  // ── weekly and weekday schedules
  { text: 'один раз в неделю', source: STUDENT2, cls: 'weekdays', plan: SY2324, kind: 'continuous', due: [] },
  { text: 'ежедневно', source: 'https://bogushevichy.schools.by/pages/tsiklogramma-dejatelnosti-klassnogo-rukovoditelja', cls: 'weekdays', plan: SY2324, kind: 'continuous', due: [] },
  { text: 'Каждый\nпонедельник', source: REZH3, cls: 'weekdays', plan: SY2324, kind: 'continuous', due: [] },
  // ── event-relative
  { text: 'в течение трех рабочих дней с даты завершения приема заявлений', source: LIP48, cls: 'events', plan: SY2425, kind: 'as_needed', due: [] },
  { text: 'в течение пяти рабочих дней после приема заявлений и документов', source: LIP48, cls: 'events', plan: SY2425, kind: 'as_needed', due: [] },
  { text: 'в течение 1 рабочего дня со дня рассмотрения заявления о зачислении', source: CNTD553, cls: 'events', plan: SY2425, kind: 'as_needed', due: [] },
  { text: 'в течение 1 рабочего дня со дня направления проекта приказа на подписание', source: CNTD553, cls: 'events', plan: SY2425, kind: 'as_needed', due: [] },
  { text: 'в день подписания', source: CNTD553, cls: 'events', plan: SY2425, kind: 'as_needed', due: [] },
  { text: 'Не позднее 1 рабочего дня с даты подачи заявления', source: VLAD, cls: 'events', plan: { from: '2011-09', to: '2012-08' }, kind: 'as_needed', due: [] },
  { text: 'в течение 7 рабочих дней после приема документов', source: URMARY, cls: 'events', plan: CAL2016, kind: 'as_needed', due: [] },
  { text: 'в день обращения', source: TRAMIT, cls: 'events', plan: SY2324, kind: 'as_needed', due: [] },
  // ── continuous spans
  { text: 'с 1 июля текущего года', source: URMARY, cls: 'spans', plan: CAL2016, kind: 'continuous', due: [] },
  { text: 'начиная с 1 апреля текущего года', source: 'https://docs.cntd.ru/document/441751595/titles/1T5V766', cls: 'spans', plan: CAL2016, kind: 'continuous', due: [] },
  // ── the school calendar
  { text: '1 раз в триместр', source: SEREDKA, cls: 'calendar', plan: SY1718, kind: 'recurring', due: ['2017-11-30', '2018-02-28', '2018-05-31'] },
  { text: 'не менее одного собрания в четверть', source: STUDENT2, cls: 'calendar', plan: SY2324, kind: 'recurring', due: ['2023-10-31', '2023-12-31', '2024-03-31', '2024-05-31'] },
  { text: 'по окончании первого полугодия', source: STUDENT2, cls: 'calendar', plan: SY2324, kind: 'recurring', due: ['2023-12-31'] },
  { text: 'В период летних школьных каникул', source: MUKLEN, cls: 'calendar', plan: SY2324, kind: 'recurring', due: ['2024-08-31'] },
  { text: 'В дни осенних каникул', source: 'https://school-land.ucoz.ru/news/osennie_kanikuly/2016-11-17-310', cls: 'calendar', plan: SY1617, kind: 'recurring', due: ['2016-11-04'] },
  { text: 'В период зимних каникул', source: 'https://school1.gor.kubannet.ru/%d0%be%d1%82%d1%87%d0%b5%d1%82-%d0%be-%d0%bf%d1%80%d0%be%d0%b2%d0%b5%d0%b4%d0%b5%d0%bd%d0%b8%d0%b8-%d0%b7%d0%b8%d0%bc%d0%bd%d0%b8%d1%85-%d0%ba%d0%b0%d0%bd%d0%b8%d0%ba%d1%83%d0%bb-%d0%b2-%d0%bf%d0%b5-2', cls: 'calendar', plan: SY1617, kind: 'recurring', due: ['2017-01-12'] },
  // ── typos and PDF damage
  { text: 'июль -\nавгуст', source: 'http://komi-gov.ru/doc/49825', cls: 'typos', plan: { from: '2012-01', to: '2012-12' }, kind: 'recurring', due: ['2012-08-31'] },
  { text: 'В течении учебного года', source: OSH5, cls: 'typos', plan: SY2324, kind: 'continuous', due: [] },
  { text: 'Сентябр\nьдекабр\nь', source: PODOLSK, cls: 'typos', plan: SY2324, kind: 'recurring', due: ['2023-12-31'] },
  { text: 'Каждый\nпонедельн\nик', source: PODOLSK, cls: 'typos', plan: SY2324, kind: 'continuous', due: [] },
];

export const CORPUS: CorpusPhrase[] = [...FIRST, ...SECOND];
/** How many phrases the first collection (issue 15, 76 phrases) holds: the rest came later. */
export const FIRST_COLLECTION = FIRST.length;

// The vocabulary of deadline cells: every recognised word form (months in all cases and abbreviations,
// period words, recurrence, prepositions, "as needed", "external", …) mapped to what it means.
// Word classes carry the grammar («by»: the dative plural of «по кварталам», «по четвергам»), so no rule has to look
// at a token's letters. Adding a synonym is one line here.
// All forms are lowercase with «ё» written as «е» (the tokenizer normalises text that way).

import type { HolidayName } from './forms/school-calendar';

export type Unit = 'year' | 'half' | 'quarter' | 'month' | 'term' | 'trimester' | 'week' | 'day';

export type Lex =
  | { c: 'month'; m: number }
  | { c: 'yearWord' }
  | { c: 'quarterWord'; by?: true }
  | { c: 'halfWord'; by?: true }
  | { c: 'termWord'; by?: true }
  | { c: 'trimesterWord'; by?: true }
  | { c: 'holidayWord' }
  | { c: 'holidayName'; h: HolidayName }
  | { c: 'schoolWord' }
  | { c: 'monthWord'; by?: true }
  | { c: 'dayWord' }
  | { c: 'weekWord' }
  | { c: 'daysWord' }
  | { c: 'weekday'; d: number; by?: true }
  | { c: 'working'; calendar?: true }
  | { c: 'next' }
  | { c: 'reporting' }
  | { c: 'eventAnchor' }
  | { c: 'dateWord' }
  | { c: 'atLeast' }
  | { c: 'durationWord'; days: number }
  | { c: 'last' }
  | { c: 'ordinal'; n: number }
  | { c: 'number'; n: number }
  | { c: 'nTimes'; n: number }
  | { c: 'times' }
  | { c: 'each' }
  | { c: 'recur'; unit: Unit }
  /** `doc`: «от» of «приказ от 16.12.2022» (a document's date follows). */
  | { c: 'from'; doc?: true }
  | { c: 'to' }
  /** `before`: «до» (not «к»): «до проведения», «до начала» name an event. */
  | { c: 'until'; before?: true }
  | { c: 'in' }
  | { c: 'during' }
  | { c: 'not' }
  | { c: 'later' }
  | { c: 'and' }
  | { c: 'follow' }
  | { c: 'approx'; a: 'end' | 'begin' | 'middle' }
  | { c: 'inclusive' }
  | { c: 'season'; m1: number; m2: number }
  | { c: 'continuous' }
  | { c: 'asNeeded' }
  | { c: 'external' }
  | { c: 'whole'; all?: true }
  | { c: 'results' }
  | { c: 'deadlineWord' }
  | { c: 'than' }
  /** `lead`: a word that opens a marker phrase («при необходимости»); `event`: «проведения» of «до проведения …». */
  | { c: 'noise'; lead?: true; event?: true };

/**
 * Function words: a class that says nothing by itself when it formed no period is passed over silently; any other
 * word left over is listed as not understood. Typed by the class union, so a new word class must say which it is.
 */
export const SILENT: Record<Lex['c'], boolean> = {
  month: false, yearWord: true, quarterWord: false, halfWord: false, termWord: false, trimesterWord: false,
  holidayWord: false, holidayName: false, schoolWord: true, monthWord: false, dayWord: false, weekWord: false,
  daysWord: false, weekday: false, working: false, next: false, reporting: false, eventAnchor: false, dateWord: true,
  atLeast: true, durationWord: false, last: false, ordinal: false, number: false, nTimes: false, times: true,
  each: true, recur: false, from: true, to: true, until: true, in: true, during: true, not: true, later: true,
  and: true, follow: true, approx: true, inclusive: true, season: false, continuous: false, asNeeded: false,
  external: false, whole: true, results: true, deadlineWord: true, than: true, noise: true,
};

const EXACT = new Map<string, Lex>();
function add(forms: string[], lex: Lex): void {
  for (const f of forms) EXACT.set(f, lex);
}

// Months: every case of the noun, the usual abbreviations («янв.», «сент.», «нояб.»).
const SOFT = ['ь', 'я', 'е', 'ю', 'ем'];
const HARD = ['', 'а', 'е', 'у', 'ом'];
const MONTHS: [string, string[], string[]][] = [
  ['январ', SOFT, ['янв', 'январ']],
  ['феврал', SOFT, ['фев', 'февр', 'феврал']],
  ['март', HARD, ['мар', 'мрт']],
  ['апрел', SOFT, ['апр', 'апрел']],
  ['ма', ['й', 'я', 'е', 'ю', 'ем'], []],
  ['июн', SOFT, ['июн']],
  ['июл', SOFT, ['июл']],
  ['август', HARD, ['авг', 'августа']],
  ['сентябр', SOFT, ['сен', 'сент', 'сентяб', 'сентябр']],
  ['октябр', SOFT, ['окт', 'октяб', 'октябр']],
  ['ноябр', SOFT, ['ноя', 'нояб', 'ноябр']],
  ['декабр', SOFT, ['дек', 'декаб', 'декабр']],
];
/** Every full month form with its month, for reading misspelt months (forms/typos.ts). */
export const MONTH_FORMS: [string, number][] = [];
MONTHS.forEach(([stem, endings, abbr], i) => {
  add(endings.map((e) => stem + e), { c: 'month', m: i + 1 });
  add(abbr, { c: 'month', m: i + 1 });
  for (const e of endings) MONTH_FORMS.push([stem + e, i + 1]);
});

add(['год', 'года', 'году', 'годом', 'годе', 'годы', 'годов', 'годами', 'годах', 'г', 'гг', 'гг.', 'лет'], { c: 'yearWord' });
add(['годам'], { c: 'yearWord' });
add(['квартал', 'квартала', 'квартале', 'кварталу', 'кварталом', 'кварталы', 'кварталов', 'кварталах', 'кв', 'квл'], { c: 'quarterWord' });
add(['кварталам'], { c: 'quarterWord', by: true });
add(['полугодие', 'полугодия', 'полугодии', 'полугодию', 'полугодием', 'полугодий', 'полугодиях', 'полугодье', 'полугодья', 'полугодьи', 'полуг'], { c: 'halfWord' });
add(['полугодиям'], { c: 'halfWord', by: true });
add(['четверть', 'четверти', 'четвертью', 'четвертей', 'четвертях', 'четв'], { c: 'termWord' });
add(['четвертям'], { c: 'termWord', by: true });
add(['триместр', 'триместра', 'триместре', 'триместру', 'триместром', 'триместры', 'триместров', 'триместрах'], { c: 'trimesterWord' });
add(['триместрам'], { c: 'trimesterWord', by: true });
add(['каникулы', 'каникул', 'каникулах', 'каникулам', 'каникулами'], { c: 'holidayWord' });
add(['осенние', 'осенних', 'осенним'], { c: 'holidayName', h: 'autumn' });
add(['зимние', 'зимних', 'зимним', 'новогодние', 'новогодних'], { c: 'holidayName', h: 'winter' });
add(['весенние', 'весенних', 'весенним'], { c: 'holidayName', h: 'spring' });
add(['летние', 'летних', 'летним'], { c: 'holidayName', h: 'summer' });
add(['учебный', 'учебного', 'учебном', 'учебному', 'учебным', 'учебные', 'учебных', 'учебн', 'уч', 'уч-го', 'учеб'], { c: 'schoolWord' });
add(['школьные', 'школьных', 'школьным', 'школьного', 'школьный'], { c: 'schoolWord' });
add(['месяц', 'месяца', 'месяце', 'месяцу', 'месяцем', 'месяцы', 'месяцев', 'мес'], { c: 'monthWord' });
add(['месяцам'], { c: 'monthWord', by: true });
add(['число', 'числа', 'числу', 'числе', 'чисел'], { c: 'dayWord' });
add(['неделя', 'недели', 'неделю', 'неделе', 'недель', 'неделям'], { c: 'weekWord' });
add(['день', 'дня', 'дней', 'дням', 'дни'], { c: 'daysWord' });
const WEEKDAYS: [string[], string[]][] = [
  [['понедельник', 'понедельника', 'понедельнику', 'понедельником', 'понедельнике', 'понедельники'], ['понедельникам']],
  [['вторник', 'вторника', 'вторнику', 'вторником', 'вторнике', 'вторники'], ['вторникам']],
  [['среда', 'среду', 'среды', 'среде', 'средой'], ['средам']],
  [['четверг', 'четверга', 'четвергу', 'четвергом', 'четверге', 'четверги'], ['четвергам']],
  [['пятница', 'пятницу', 'пятницы', 'пятнице', 'пятницей'], ['пятницам']],
  [['суббота', 'субботу', 'субботы', 'субботе', 'субботой'], ['субботам']],
  [['воскресенье', 'воскресенья', 'воскресенью'], ['воскресеньям']],
];
WEEKDAYS.forEach(([forms, by], i) => {
  add(forms, { c: 'weekday', d: i + 1 });
  add(by, { c: 'weekday', d: i + 1, by: true });
});
add(['рабочий', 'рабочую', 'рабочая', 'рабочего', 'рабочих', 'рабочие', 'рабочим', 'рабочей'], { c: 'working' });
add(['календарных', 'календарный'], { c: 'working', calendar: true });
add(['следующего', 'следующий', 'следующем', 'следующему', 'следующей', 'следующая', 'следующую'], { c: 'next' });
add(['отчетным', 'отчетного', 'отчетный', 'отчетном', 'отчетному', 'отчетной', 'отчетная', 'отчетную'], { c: 'reporting' });
add(['момента', 'получения', 'издания', 'назначения', 'подписания', 'утверждения', 'образования',
  'курсов', 'приказа', 'события', 'мероприятия', 'экзамена', 'экзаменационного', 'сочинения', 'собеседования',
  'заседания', 'регистрации', 'обращения', 'заявления', 'аттестации', 'зачисления', 'приема', 'прибытия', 'трудоустройства'], { c: 'eventAnchor' });
add(['дата', 'даты', 'дату', 'датой'], { c: 'dateWord' });
add(['реже', 'менее'], { c: 'atLeast' }); // «не реже», «не менее»
add(['месячный', 'месячного'], { c: 'durationWord', days: 30 });
add(['недельный', 'недельного'], { c: 'durationWord', days: 7 });
add(['трехдневный', 'трехдневного'], { c: 'durationWord', days: 3 });
add(['пятидневный', 'пятидневного'], { c: 'durationWord', days: 5 });
add(['десятидневный', 'десятидневного'], { c: 'durationWord', days: 10 });
add(['последний', 'последнюю', 'последняя', 'последней', 'последнего', 'последнее', 'последнем'], { c: 'last' });

add(['первый', 'первого', 'первом', 'первому', 'первым', 'первая', 'первой', 'первую', 'первое', 'первые'], { c: 'ordinal', n: 1 });
add(['второй', 'второго', 'втором', 'второму', 'вторым', 'вторая', 'вторую', 'второе', 'вторые'], { c: 'ordinal', n: 2 });
add(['третий', 'третьего', 'третьем', 'третьему', 'третьим', 'третья', 'третьей', 'третью', 'третье'], { c: 'ordinal', n: 3 });
add(['четвертый', 'четвертого', 'четвертом', 'четвертому', 'четвертым', 'четвертая', 'четвертой', 'четвертую', 'четвертое'], { c: 'ordinal', n: 4 });
add(['пятый', 'пятого', 'пятом', 'пятому', 'пятым', 'пятая', 'пятой', 'пятую', 'пятое'], { c: 'ordinal', n: 5 });

add(['один', 'одного', 'одному', 'одним', 'одна', 'одну'], { c: 'number', n: 1 });
add(['два', 'две', 'двух', 'двум'], { c: 'number', n: 2 });
add(['три', 'трех', 'трем'], { c: 'number', n: 3 });
add(['четыре', 'четырех', 'четырем'], { c: 'number', n: 4 });
add(['пять', 'пяти'], { c: 'number', n: 5 });
add(['шесть', 'шести'], { c: 'number', n: 6 });
add(['двенадцать', 'двенадцати'], { c: 'number', n: 12 });
add(['дважды'], { c: 'nTimes', n: 2 });
add(['трижды'], { c: 'nTimes', n: 3 });
add(['раз', 'раза'], { c: 'times' });
add(['каждый', 'каждого', 'каждом', 'каждому', 'каждым', 'каждое', 'каждую', 'каждая', 'каждой', 'каждые', 'каждых', 'ежегодного'], { c: 'each' });

add(['с', 'со', 'начиная'], { c: 'from' });
add(['от'], { c: 'from', doc: true });
add(['по'], { c: 'to' });
add(['до'], { c: 'until', before: true });
add(['к', 'ко'], { c: 'until' });
add(['в', 'во', 'на', 'за'], { c: 'in' });
add(['течение', 'течении', 'протяжении', 'период', 'периоде'], { c: 'during' });
add(['не'], { c: 'not' });
add(['позднее', 'позже'], { c: 'later' });
add(['и', 'а', 'также', 'или', 'либо'], { c: 'and' });
add(['далее', 'затем', 'впоследствии', 'дальнейшем', 'потом', 'после'], { c: 'follow' });
add(['конец', 'конца', 'конце', 'концу', 'окончание', 'окончания', 'окончании', 'окончанию', 'завершение', 'завершения', 'завершении'], { c: 'approx', a: 'end' });
add(['начало', 'начала', 'начале', 'началу'], { c: 'approx', a: 'begin' });
add(['середина', 'середины', 'середине', 'середину'], { c: 'approx', a: 'middle' });
add(['включительно'], { c: 'inclusive' });
add(['зима', 'зимы', 'зиме', 'зимой', 'зиму', 'зимний', 'зимнего', 'зимнем', 'зимние', 'зимних'], { c: 'season', m1: 12, m2: 2 });
add(['весна', 'весны', 'весне', 'весной', 'весну', 'весенний', 'весеннего', 'весеннем', 'весенние', 'весенних'], { c: 'season', m1: 3, m2: 5 });
add(['лето', 'лета', 'лете', 'летом', 'летний', 'летнего', 'летнем', 'летние', 'летних'], { c: 'season', m1: 6, m2: 8 });
add(['осень', 'осени', 'осенью', 'осенний', 'осеннего', 'осеннем', 'осенние', 'осенних'], { c: 'season', m1: 9, m2: 11 });
add(['весь', 'всего', 'всей', 'всё', 'все', 'всем', 'всех'], { c: 'whole', all: true });
add(['срока', 'периода', 'реализации', 'программы',
  'действия', 'плана', 'календарного', 'текущего'], { c: 'whole' });
add(['итогам', 'итогах', 'итогов', 'итоги', 'результатам'], { c: 'results' });
add(['постоянно', 'постоянная', 'постоянный', 'постоянное', 'постоянной', 'систематически', 'регулярно',
  'круглогодично', 'бессрочно', 'непрерывно', 'ежедневно', 'еженедельно'], { c: 'continuous' });
add(['необходимости', 'необходимость', 'потребности', 'потребность', 'мере', 'запросу', 'запросам', 'запрос',
  'факту', 'случае', 'требованию', 'обращению', 'обращениям', 'поступлении'], { c: 'asNeeded' });
add(['определяемые', 'определяемых', 'определяемым', 'определяемыми', 'определенные', 'определенных', 'установленные',
  'установленных', 'установленным', 'утвержденные', 'утвержденных', 'указанные', 'указанных', 'назначенные',
  'объявленные', 'согласованные', 'соответствии', 'соответствие', 'согласно', 'графику', 'графиком', 'график',
  'графика', 'графики', 'планом-графиком', 'плану-графику', 'план-график', 'плана-графика', 'план-графику',
  'план-графиком', 'плану', 'планом', 'регламенту', 'регламентом', 'расписанию', 'приглашению', 'приглашения',
  'приказу', 'распоряжению', 'согласованию', 'отдельному', 'отдельным'], { c: 'external' });
add(['ежегодно', 'ежегодный', 'ежегодная', 'ежегодное', 'ежегодные', 'ежегодной', 'ежегодном'], { c: 'recur', unit: 'year' });
add(['ежеквартально', 'ежеквартальный', 'ежеквартальная', 'ежеквартальное', 'ежеквартальные', 'поквартально'], { c: 'recur', unit: 'quarter' });
add(['ежемесячно', 'ежемесячный', 'ежемесячная', 'ежемесячное', 'ежемесячные', 'помесячно'], { c: 'recur', unit: 'month' });
add(['ежеполугодно', 'ежеполугодовой', 'ежеполугодовая', 'ежеполугодие', 'полугодично'], { c: 'recur', unit: 'half' });
add(['ежечетвертно'], { c: 'recur', unit: 'term' });
add(['срок', 'сроки', 'сроков', 'сроках', 'срокам'], { c: 'deadlineWord' });
add(['чем'], { c: 'than' });
add(['при'], { c: 'noise', lead: true });
add(['проведения'], { c: 'noise', event: true });
add(['исполнения', 'выполнения',
  'ориентировочно', 'примерно', 'около', 'чаще', 'более', 'т', 'д', 'но', 'пр',
  'информации', 'информация', 'информацию', 'поступления', 'поступление',
  'обновления', 'появления', 'появлении', 'изменения', 'изменений', 'изменении', 'данных', 'потребностей'], { c: 'noise' });

// Open word families recognised by their beginning (PDF text and people bend these words freely).
const PREFIXES: [string, Lex][] = [
  ['ежегодн', { c: 'recur', unit: 'year' }],
  ['ежекварт', { c: 'recur', unit: 'quarter' }],
  ['поквартал', { c: 'recur', unit: 'quarter' }],
  ['ежемесяч', { c: 'recur', unit: 'month' }],
  ['помесяч', { c: 'recur', unit: 'month' }],
  ['ежеполугод', { c: 'recur', unit: 'half' }],
  ['еженедел', { c: 'continuous' }],
  ['ежеднев', { c: 'continuous' }],
  ['постоянн', { c: 'continuous' }],
  ['систематич', { c: 'continuous' }],
  ['регулярн', { c: 'continuous' }],
  ['необходим', { c: 'asNeeded' }],
  ['потребност', { c: 'asNeeded' }],
  ['определя', { c: 'external' }],
  ['установлен', { c: 'external' }],
  ['график', { c: 'external' }],
  ['соответстви', { c: 'external' }],
  ['регламент', { c: 'external' }],
  ['расписани', { c: 'external' }],
  ['план-график', { c: 'external' }],
  ['планом-график', { c: 'external' }],
];

/** The meaning of a lowercase word, or null when it is not part of the deadline vocabulary. */
export function classify(word: string): Lex | null {
  const exact = EXACT.get(word);
  if (exact) return exact;
  for (const [prefix, lex] of PREFIXES) if (word.length > prefix.length && word.startsWith(prefix)) return lex;
  return null;
}

// Extra full word forms used only to mend words that PDF extraction broke across lines.
const MENDING = new Set<string>([
  'информации', 'информация', 'информацию', 'поступления', 'поступление', 'поступлении', 'необходимости',
  'необходимость', 'определяемые', 'определяемых', 'определяемыми', 'установленные', 'установленных', 'утвержденные',
  'соответствии', 'графиком', 'графику', 'графика', 'планом', 'плану', 'плана', 'мере', 'постоянно', 'ежегодно',
  'ежеквартально', 'ежемесячно', 'течение', 'учебного', 'учебный', 'квартал', 'квартала', 'полугодие', 'полугодия',
  'сроки', 'срок', 'реализации', 'далее', 'затем', 'по', 'до', 'года', 'год', 'годы', 'регулярно', 'систематически',
  'образовательными', 'организациями', 'министерства', 'образования', 'академии', 'минпросвещения', 'россии',
  'согласно', 'потребности', 'запросу', 'включительно', 'позднее',
]);

/** True for a complete word form the engine knows: used to decide whether two fragments are one broken word. */
export function isDictionaryWord(word: string): boolean {
  return EXACT.has(word) || MENDING.has(word);
}

/** Suffixes of written ordinals: «1-й», «2-го», «3-м», «1-е», «4-ом». */
export const ORDINAL_SUFFIXES = new Set(['й', 'го', 'м', 'е', 'ое', 'ий', 'ый', 'ой', 'ая', 'я', 'ом', 'ого', 'ему', 'ую', 'ю']);

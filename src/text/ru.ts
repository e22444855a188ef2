// Every string a user reads: menus, dialogs, toasts, sheet names and headers, states and messages.
// Kept together so the wording stays consistent and can be reviewed in one place.

export const MENU = {
  title: 'Дорожная карта',
  setup: 'Создать / обновить структуру',
  check: 'Проверить статусы',
  highlight: 'Подсветить сроки',
  help: 'Справка',
} as const;

export const SHEETS = {
  roadmap: 'Дорожная карта',
  checkpoints: 'Контрольные точки',
  people: 'Ответственные',
  settings: 'Настройки',
} as const;

/** Header texts the roadmap reader accepts for each column, most specific first. */
export const ROADMAP_HEADERS = {
  number: ['№ п/п', '№', 'N п/п', 'No', 'Номер', '№ мероприятия'],
  name: ['Наименование мероприятия', 'Направление деятельности', 'Мероприятие', 'Мероприятия', 'Наименование', 'Содержание мероприятия'],
  deadline: ['Сроки реализации', 'Срок реализации', 'Срок исполнения', 'Сроки исполнения', 'Сроки проведения', 'Срок выполнения', 'Сроки', 'Срок', 'Дата'],
  responsible: ['Ответственные', 'Ответственный исполнитель', 'Ответственные исполнители', 'Ответственный', 'Исполнители', 'Исполнитель'],
  result: ['Ожидаемый результат', 'Планируемый результат', 'Ожидаемые результаты', 'Результат', 'Показатель'],
} as const;

/** How a missing column is named in a message: the main header from the list above. */
export const ROADMAP_FIELD_NAMES = {
  number: '№ п/п',
  name: 'Наименование мероприятия',
  deadline: 'Сроки реализации',
  responsible: 'Ответственные',
  result: 'Ожидаемый результат',
} as const;

/** Columns the script adds to the right of the roadmap and keeps up to date. */
export const ROLLUP_HEADERS = {
  nextDue: 'Ближайший срок',
  state: 'Состояние',
  progress: 'Выполнено',
  reading: 'Как прочитан срок',
} as const;

export const CHECKPOINT_HEADERS = {
  key: 'Ключ',
  number: '№',
  activity: 'Мероприятие',
  period: 'Период',
  start: 'Начало',
  due: 'Срок',
  responsible: 'Ответственные',
  state: 'Состояние',
  status: 'Статус',
  done: 'Дата выполнения',
  evidence: 'Подтверждение (ссылка)',
  comment: 'Комментарий',
} as const;

export const PEOPLE_HEADERS = {
  name: 'Ответственный (как в дорожной карте)',
  emails: 'Email (через запятую)',
  comment: 'Комментарий',
} as const;

export const SETTINGS_HEADERS = { key: 'Параметр', value: 'Значение', hint: 'Пояснение' } as const;

export const SETTINGS_LABELS = {
  organisation: 'Организация',
  planTitle: 'Название плана',
  from: 'Начало плана (месяц)',
  to: 'Окончание плана (месяц)',
  approved: 'Дата утверждения плана',
  horizon: '«Скоро срок»: за сколько дней',
  template: 'Шаблон отчёта (ссылка или ID)',
  folder: 'Папка для отчётов (ссылка или ID)',
  digestDay: 'День рассылки',
  digestHour: 'Час рассылки',
  coordinators: 'Координаторы (email через запятую)',
  // The school calendar for deadlines like «к концу II четверти», «в осенние каникулы» (empty: the usual year).
  terms: 'Четверти (даты через «;»)',
  trimesters: 'Триместры (даты через «;»)',
  autumnHoliday: 'Осенние каникулы',
  winterHoliday: 'Зимние каникулы',
  springHoliday: 'Весенние каникулы',
  summerHoliday: 'Летние каникулы',
} as const;

export const SETTINGS_HINTS = {
  organisation: 'Подставляется в отчёт и письма.',
  planTitle: 'Полное название дорожной карты.',
  from: 'Например: 12.2022 или «декабрь 2022».',
  to: 'Например: 12.2024.',
  approved: 'Контрольные точки раньше этой даты не создаются.',
  horizon: 'Сколько дней до срока считается «скоро срок». По умолчанию 14.',
  template: 'Пусто — будет создан шаблон по умолчанию.',
  folder: 'Пусто — папка «Отчёты по дорожной карте» в «Моём диске» (к папке рядом с таблицей у скрипта нет доступа); её можно перенести.',
  digestDay: 'понедельник … воскресенье',
  digestHour: 'От 0 до 23, по часовому поясу таблицы (обычно московское).',
  coordinators: 'Получают сводку по всей дорожной карте.',
  terms: 'Для сроков «к концу II четверти». Например: 01.09–25.10; 05.11–28.12; 09.01–21.03; 01.04–26.05. Пусто — по месяцам: сентябрь–октябрь, ноябрь–декабрь, январь–март, апрель–май.',
  trimesters: 'Например: 01.09–30.11; 01.12–28.02; 01.03–26.05 (так и по умолчанию, но до 31.05).',
  autumnHoliday: 'Например: 26.10–04.11 (так по умолчанию, по рекомендации Минпросвещения).',
  winterHoliday: 'Например: 30.12–12.01 (так по умолчанию).',
  springHoliday: 'Например: 22.03–30.03 (так по умолчанию).',
  summerHoliday: 'Например: 27.05–31.08 (так по умолчанию).',
} as const;

/** What people pick in «Статус». The first is the default for a new checkpoint. */
export const STATUSES = {
  notStarted: 'Не начато',
  inProgress: 'В работе',
  done: 'Выполнено',
  notRequired: 'Не требуется',
} as const;
export const STATUS_LIST: string[] = [STATUSES.notStarted, STATUSES.inProgress, STATUSES.done, STATUSES.notRequired];

/** The script's reading of a checkpoint on a given day. */
export const CHECKPOINT_STATES = {
  done: 'Выполнено',
  doneLate: 'Выполнено с опозданием',
  overdue: 'Просрочено',
  soon: 'Скоро срок',
  planned: 'В плане',
  notRequired: 'Не требуется',
  removed: 'Исключена из плана',
} as const;

/** The roll-up of an activity, shown on the roadmap sheet. */
export const ACTIVITY_STATES = {
  done: 'Выполнено',
  overdue: 'Просрочено',
  soon: 'Скоро срок',
  planned: 'В плане',
  continuous: 'Постоянно',
  asNeeded: 'По необходимости',
  external: 'Сроки определяет организатор',
  unknown: 'Срок не распознан',
  outsidePlan: 'Вне периода плана',
  noDeadline: 'Срок не указан',
  notRequired: 'Не требуется',
} as const;

export const progressText = (done: number, total: number): string => (total ? `${done} из ${total}` : '—');

/**
 * A state that time alone changes («В плане», «Скоро срок»), as written into a file that is opened on later
 * days (the offline command, the web page): it names the day it was computed, «На 15.11.2023: в плане».
 */
export const stateOnDay = (state: string, date: string): string => `На ${date}: ${state.charAt(0).toLowerCase()}${state.slice(1)}`;

export const NOTES = {
  scriptOwned: 'Этот столбец заполняет скрипт («Дорожная карта» → «Создать / обновить структуру»). Изменения в нём будут перезаписаны.',
  checkedOn: (date: string) => `Пересчитано ${date}. Цвета строк обновляются сами каждый день.`,
  checkedOnInFile: (date: string) =>
    `Пересчитано ${date}. «В плане» и «скоро срок» указаны на этот день (так и написано в ячейке), а цвета строк — на сегодня: ` +
    'они обновляются сами каждый день. Чтобы обновить и слова, запустите программу снова.',
  protection: 'Заполняется скриптом «Дорожная карта»',
  exampleProgress: 'ПРИМЕР: вымышленная отметка для демонстрации',
} as const;

export const LEGEND = {
  title: 'Цвета',
  overdue: 'Просрочено',
  soon: (days: number) => `Срок в ближайшие ${days} дн.`,
  done: 'Выполнено',
  unknown: 'Срок не распознан / исключено',
} as const;

export const HELP = {
  title: 'Дорожная карта — справка',
  text:
    'Эта таблица ведёт дорожную карту школы: мероприятия, сроки, ответственных и отметки о выполнении.\n\n' +
    '«Создать / обновить структуру» — создаёт недостающие листы и контрольные точки по срокам мероприятий.\n' +
    '«Проверить статусы» — показывает просроченное, ближайшие сроки и ошибки заполнения.\n' +
    '«Подсветить сроки» — включает цвета, которые сами меняются с каждым днём.\n' +
    '«Включить еженедельную рассылку» — раз в неделю (по умолчанию в понедельник в 8:00) ответственные получают письмо о своих сроках, ' +
    'координаторы — сводку; «Отправить пробный дайджест мне» показывает, как выглядит письмо.\n\n' +
    'Отметки о выполнении ставьте на листе «Контрольные точки»: статус, дата, ссылка на подтверждение.',
} as const;

export const MESSAGES = {
  busy: 'Таблицу сейчас обновляет другой пользователь. Попробуйте ещё раз через минуту.',
  noRoadmapSheet: (sheet: string) => `Лист «${sheet}» не найден. Выберите «Создать / обновить структуру».`,
  missingColumns: (sheet: string, names: string[]) =>
    `На листе «${sheet}» не найдены столбцы: ${names.map((n) => `«${n}»`).join(', ')}. ` +
    'Проверьте заголовки в первых строках листа. Ничего не изменено.',
  noActivities: (sheet: string) => `На листе «${sheet}» нет ни одного мероприятия.`,
  setupRunning: 'Обновляю структуру дорожной карты…',
  setupDone: (added: number, kept: number, removed: number) =>
    `Готово. Контрольных точек добавлено: ${added}, исключённых из плана (строки оставлены серыми, лишние можно удалить вручную): ${kept}` +
    (removed ? `, удалено пустых: ${removed}.` : '.'),
  seeded: 'Лист «Дорожная карта» заполнен планом мероприятий по наставничеству (образец). Замените его своим планом.',
  checkRunning: 'Проверяю статусы…',
  highlightRunning: 'Настраиваю подсветку сроков…',
  highlightDone: (rules: number) => `Подсветка включена (${rules} правил). Цвета меняются сами каждый день.`,
  badSetting: (label: string, value: string, fallback: string) =>
    `Настройка «${label}»: не удалось прочитать «${value}». Использую ${fallback}.`,
  unexpected: (what: string) => `Не удалось выполнить действие: ${what}. Попробуйте ещё раз; если ошибка повторится, сообщите координатору.`,
} as const;

/** Week days as people write them, Monday first (index + 1 = ISO day number). */
export const WEEKDAYS = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'];
export const WEEKDAYS_SHORT = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'];

export const FINDINGS = {
  title: 'Проверка дорожной карты',
  allGood: 'Всё в порядке',
  allGoodText: 'Просроченных контрольных точек и ошибок заполнения нет.',
  checkedOn: (date: string) => `Проверено ${date}`,
  severity: {
    critical: 'Срочно',
    warning: 'Требует внимания',
    info: 'К сведению',
  },
  summary: {
    overdue: 'просрочено',
    due_soon: 'скоро срок',
    unreadable_deadline: 'срок не распознан',
    no_responsible: 'нет ответственного',
    no_email: 'нет email ответственного',
    done_without_date: 'выполнено без даты',
    done_without_evidence: 'выполнено без подтверждения',
    done_in_future: 'дата выполнения в будущем',
    bad_done_date: 'дата выполнения не распознана',
    unknown_status: 'неизвестный статус',
    duplicate_number: 'повтор номера',
    removed_from_plan: 'исключено из плана',
    bad_setting: 'ошибка в настройках',
    deadline_assumption: 'срок прочитан с допущением',
  },
  goTo: 'Перейти',
  close: 'Закрыть',
  rowRef: (sheet: string, row: number) => `${sheet}, строка ${row}`,
  overdue: (label: string, due: string, days: number) => `${label}: срок ${due}, просрочено на ${days} дн.`,
  dueSoon: (label: string, due: string, days: number) =>
    days === 0 ? `${label}: срок сегодня, ${due}` : `${label}: срок ${due}, осталось ${days} дн.`,
  // The reason may end a sentence of its own («…пропущено: «i».»): one full stop, not two.
  unreadable: (text: string, why: string) => `Срок «${text}» не распознан${why ? `: ${why.replace(/[\s.]+$/, '')}` : ''}.`,
  deadlineAssumption: (text: string, what: string) => `Срок «${text}» прочитан с допущением: ${what}`,
  noResponsible: 'Не указан ответственный.',
  noEmail: (name: string, activities: number) =>
    `Для «${name}» нет email на листе «Ответственные» (мероприятий: ${activities}): письма с напоминаниями не уйдут.`,
  doneWithoutDate: (label: string) => `${label}: отмечено «Выполнено», но не указана дата выполнения.`,
  doneWithoutEvidence: (label: string) => `${label}: отмечено «Выполнено», но нет ссылки на подтверждение.`,
  doneInFuture: (label: string, date: string) => `${label}: дата выполнения ${date} ещё не наступила.`,
  badDoneDate: (label: string, text: string) => `${label}: дата выполнения «${text}» не распознана (нужно дд.мм.гггг).`,
  unknownStatus: (label: string, status: string, list: string) => `${label}: статус «${status}» не из списка (${list}).`,
  duplicateNumber: (number: string, rows: number[]) => `Номер ${number} повторяется в строках ${rows.join(', ')}.`,
  sheetGone: (sheet: string) =>
    `Лист «${sheet}» не найден: его удалили или переименовали после проверки. Выберите «Проверить статусы» ещё раз.`,
  goToFailed: 'Не удалось перейти к строке: Google не ответил. Попробуйте ещё раз через минуту.',
  removedFromPlan: (label: string) =>
    `${label}: контрольная точка больше не следует из срока мероприятия, но в ней есть отметки — строка сохранена.`,
} as const;

export const DIALOGS = {
  findingsTitle: 'Проверка дорожной карты',
  errorTitle: 'Дорожная карта',
} as const;

/** The Russian plural form for n: plural(1, 'адрес', 'адреса', 'адресов') → 'адрес', 3 → 'адреса', 5 → 'адресов'. */
export function plural(n: number, one: string, few: string, many: string): string {
  const d = Math.abs(n) % 100;
  if (d >= 11 && d <= 14) return many;
  return d % 10 === 1 ? one : d % 10 >= 2 && d % 10 <= 4 ? few : many;
}

/** "Every Monday": the dative plural, Monday first. */
export const WEEKDAYS_EVERY = ['по понедельникам', 'по вторникам', 'по средам', 'по четвергам', 'по пятницам', 'по субботам', 'по воскресеньям'];

/** The weekly digest: menu items, the email's texts, the mailing log and every message about the digest. */
export const DIGEST = {
  menu: {
    enable: 'Включить еженедельную рассылку',
    disable: 'Отключить рассылку',
    test: 'Отправить пробный дайджест мне',
  },
  title: 'Еженедельная рассылка',
  logSheet: 'Журнал рассылки',
  logHeaders: ['Дата', 'Получатель', 'Тема', 'Результат'],
  senderName: (organisation: string) => (organisation ? `Дорожная карта — ${organisation}` : 'Дорожная карта'),
  subject: {
    prefix: 'Дорожная карта',
    summaryPrefix: 'Дорожная карта, сводка',
    overdue: (n: number) => `${n} просрочено`,
    soon: (n: number) => `${n} скоро срок`,
    done: (n: number) => `${n} выполнено за неделю`,
    quiet: 'без просроченных сроков',
    test: 'Пробное письмо. ',
  },
  heading: 'Дорожная карта',
  onDay: (date: string) => `на ${date}`,
  greeting: (names: string) => `Здравствуйте! Контрольные точки дорожной карты, за которые отвечаете вы (${names}):`,
  summaryGreeting: 'Здравствуйте! Сводка по всей дорожной карте для координатора.',
  summaryHeadline: (counts: string) => `Сводка: ${counts}`,
  overdue: 'Просрочено',
  soon: (days: number) => `Скоро срок (в ближайшие ${days} дн.)`,
  done: 'Выполнено за неделю',
  itemDates: (label: string, due: string) => (label ? `${label} · срок ${due}` : `срок ${due}`),
  overdueDays: (days: number) => `просрочено на ${days} дн.`,
  daysLeft: (days: number) => (days === 0 ? 'срок сегодня' : `осталось ${days} дн.`),
  doneOn: (date: string) => `выполнено ${date}`,
  responsible: (names: string) => `Ответственные: ${names}`,
  open: 'Открыть в таблице',
  openSheet: 'Открыть таблицу',
  more: (n: number) => `…и ещё ${n}: все — на листе «Контрольные точки».`,
  howToMark: 'Отметить выполнение: лист «Контрольные точки», столбцы «Статус», «Дата выполнения» и «Подтверждение (ссылка)».',
  replyTo: (email: string) => `Ответ на это письмо получит координатор (${email}).`,
  footer: 'Письмо отправлено автоматически из таблицы дорожной карты. Рассылку включает и отключает координатор: меню «Дорожная карта» → «Отключить рассылку».',
  /** Letters made by the offline command: there is no menu and nothing is sent by itself. */
  footerOffline: 'Письмо подготовлено командой roadmap-tracker по файлу дорожной карты (.xlsx); само оно никуда не отправляется — его пересылает координатор.',
  /** Beside a made-up completion of the demo. */
  exampleMark: ' [ПРИМЕР — вымышленная отметка]',
  summaryTitle: 'Сводка по дорожной карте',
  counts: {
    overdue: 'Просрочено',
    soon: 'Скоро срок',
    doneWeek: 'Выполнено за неделю',
    done: 'Выполнено всего',
  },
  topOverdue: 'Дольше всего просрочены',
  topSoon: 'Ближайшие сроки',
  byResponsible: 'По ответственным',
  byResponsibleColumns: ['Ответственный', 'Просрочено', 'Скоро срок', 'Выполнено за неделю'],
  noEmailMark: ' (нет email)',
  withoutEmail: (names: string) => `Нет email на листе «Ответственные» — напоминания им не приходят: ${names}.`,
  unassigned: (n: number) => `Просрочено или скоро срок, но ответственный не указан: ${n}.`,
  testNote: 'Это пробное письмо: так выглядит еженедельный дайджест. Другим адресатам оно не отправлено.',
  testOwnNothing: 'У вас на этой неделе нет просроченных, ближайших и выполненных контрольных точек, поэтому ниже — сводка для координаторов.',
  /** "по понедельникам в 08:00 (московское время)". */
  when: (day: number, hour: number, zone: string) =>
    `${WEEKDAYS_EVERY[day - 1]} в ${String(hour).padStart(2, '0')}:00 ` +
    `(${zone === 'Europe/Moscow' ? 'московское время' : `часовой пояс таблицы: ${zone}`})`,
  enabling: 'Включаю рассылку…',
  disabling: 'Отключаю рассылку…',
  testRunning: 'Готовлю пробное письмо…',
  ready: 'Готово.',
  enabled: (when: string, sender: string) =>
    `Рассылка включена: ${when}. Письма уходят с вашего адреса ${sender} и расходуют его дневной лимит писем.`,
  enabledWhat: (days: number) =>
    `Что: каждому ответственному — его просроченные контрольные точки, сроки в ближайшие ${days} дн. и выполненное за неделю, ` +
    'со ссылками на строки таблицы. Кому сообщить нечего, письмо не получает.',
  enabledWho: (people: number, coordinators: string) =>
    `Кому: ответственным — ${people} ${plural(people, 'адрес', 'адреса', 'адресов')} с листа «Ответственные»; ` +
    `сводку по всей карте — координаторам: ${coordinators}.`,
  noCoordinators: 'не указаны (строка «Координаторы» на листе «Настройки»)',
  enabledNoEmail: (names: string) => `Нет email (письма не придут): ${names}.`,
  enabledToday: (n: number) => `Если бы рассылка ушла сегодня, писем было бы: ${n}.`,
  replacedOther: (owner: string) => `Раньше рассылку включал(а) ${owner}; теперь письма отправляются от вашего имени.`,
  disabled: 'Рассылка отключена. Письма больше не отправляются.',
  notEnabled: 'Рассылка не была включена.',
  disabledOther: (owner: string) =>
    `Рассылка отключена. Её включал(а) ${owner}; его (её) триггер удалится сам при следующем запуске, писем он не отправит.`,
  tooManyTriggers:
    'Не удалось включить рассылку: у вашей учётной записи уже 20 триггеров этого скрипта. ' +
    'Удалите лишние (Расширения → Apps Script → Триггеры) и попробуйте ещё раз.',
  noUserEmail: 'Не удалось узнать ваш адрес электронной почты. Откройте таблицу под своей учётной записью Google и попробуйте ещё раз.',
  quotaOut: 'Дневной лимит писем вашей учётной записи исчерпан. Попробуйте завтра.',
  testSent: (email: string) => `Пробное письмо отправлено на ${email}.`,
  testAsPerson: (names: string) => `Это ваш дайджест как ответственного (${names}).`,
  testAsCoordinator: 'Это сводка для координаторов.',
  testAsBoth: (names: string) => `Это ваш дайджест как ответственного (${names}) и сводка для координаторов.`,
  testFailed: (reason: string) => `Не удалось отправить пробное письмо: ${reason}`,
  undeliveredTitle: 'Не получили письмо на этой неделе',
  why: {
    badAddress: 'адрес с ошибкой — исправьте его на листе «Ответственные»',
    refused: (reason: string) => `Google не принял письмо${reason ? `: ${reason}` : ''}`,
    unconfirmed: 'отправка не подтверждена: запуск прервался, письмо могло не дойти',
  },
  log: {
    sent: 'отправлено',
    test: 'пробное письмо отправлено',
    failed: (reason: string) => `ошибка: ${reason}`,
    retry: (reason: string, attempt: number, of: number) => `ошибка: ${reason} (попытка ${attempt} из ${of}; повтор при следующем запуске, через час)`,
    badAddress: 'не отправлено: адрес с ошибкой',
    unconfirmed: 'отправка не подтверждена: запуск прервался после передачи письма почте; повторно не отправляется',
    stoppedStore: (reason: string) => `рассылка остановлена: не удалось записать отметку об отправке (${reason}); продолжится при следующем запуске`,
    interrupted: (reason: string) => `рассылка прервана: ${reason}; продолжится при следующем запуске`,
    deferredQuota: 'отложено: исчерпан дневной лимит писем, уйдёт при следующем запуске',
    deferredTime: 'отложено: не хватило времени выполнения, уйдёт при следующем запуске (через час)',
    notRun: (reason: string) => `рассылка не выполнена: ${reason}`,
    settingsChanged: (when: string) =>
      `в настройках теперь ${when}: выберите «Включить еженедельную рассылку», чтобы рассылка шла по новому расписанию`,
    nobody: '—',
  },
  /** `npm run demo` only: the comment beside a made-up address on the people sheet. */
  exampleEmail: 'ПРИМЕР: адрес вымышлен (example.org), чтобы показать рассылку. Впишите настоящий.',
} as const;

export const TOASTS = {
  title: 'Дорожная карта',
  working: 'Работаю…',
  checkDone: (critical: number, other: number) =>
    critical || other ? `Проверка завершена: срочно — ${critical}, прочее — ${other}.` : 'Проверка завершена: всё в порядке.',
  dateDoneFilled: (n: number) => `Дата выполнения поставлена: ${n}.`,
} as const;

/** The plan's numbers (src/core/counts.ts): one name each, the same in the report, letters, dialog and summary. */
export const COUNTS = {
  inPlan: 'Контрольных точек в плане',
  dueByDay: (day: string) => `Срок наступил (по ${day})`,
  done: 'Выполнено',
  onTime: 'в срок',
  late: 'с опозданием',
  overdue: 'Просрочено',
  notYetDue: 'Срок ещё не наступил',
  notRequired: 'Не требуется',
  notTracked: 'Мероприятий без контрольных точек',
  /** "5 из 31 (16 %)": done of inPlan. */
  doneOf: (done: number | string, inPlan: number | string, percent: string) => `${done} из ${inPlan} (${percent})`,
  doneSplit: (onTime: number | string, late: number | string) => `в срок — ${onTime}, с опозданием — ${late}`,
  /** Why notTracked: what such activities are. */
  notTrackedWhy: 'постоянно, по необходимости, срок не распознан или не указан',
} as const;

/** «Сформировать отчёт»: the dialog, the document's texts, the log sheet and every message of the report. */
export const REPORT = {
  menu: 'Сформировать отчёт',
  dialogTitle: 'Отчёт о реализации дорожной карты',
  /** The date is not repeated when the period already names it («на 15.11.2023»). */
  docName: (period: string, date: string) => `Отчёт о реализации дорожной карты — ${period}${period.includes(date) ? '' : `, на ${date}`}`,
  templateName: 'Шаблон отчёта по дорожной карте',
  folderName: 'Отчёты по дорожной карте',
  logSheet: 'Журнал отчётов',
  logHeaders: ['Дата', 'Период', 'Документ', 'PDF', 'Кто сформировал'],
  period: {
    plan: (from: string, to: string) => `весь период плана (${from} — ${to})`,
    year: (y: number) => `${y} год`,
    half: (h: 1 | 2, y: number) => `${h === 1 ? 'I' : 'II'} полугодие ${y}`,
    upTo: (date: string) => `весь план на ${date}`,
  },
  choice: {
    upTo: 'План на дату (по умолчанию — по сегодняшний день)',
    plan: 'Весь план целиком, включая будущие сроки',
    year: 'Календарный год',
    half: 'Полугодие',
    halfNames: ['I полугодие (январь — июнь)', 'II полугодие (июль — декабрь)'],
    pdf: 'Сохранить также копию в PDF (для отправки)',
    create: 'Сформировать',
    cancel: 'Закрыть',
    working: 'Формирую отчёт… Это займёт до минуты.',
    done: 'Отчёт готов',
    openDoc: 'Открыть документ',
    openPdf: 'Открыть PDF',
    openFolder: 'Папка с отчётами',
    template: 'Шаблон отчёта',
    year_: 'Год',
    date: 'Дата',
  },
  columns: ['№', 'Мероприятие', 'Срок', 'Ответственные', 'Ожидаемый результат', 'Отметка о выполнении'],
  overdueColumns: ['№', 'Мероприятие', 'Период', 'Срок', 'Дней просрочки', 'Ответственные'],
  overdueTitle: 'Просроченные контрольные точки',
  noOverdue: 'Просроченных контрольных точек в отчётном периоде нет.',
  noRows: 'В отчётном периоде нет мероприятий со сроками.',
  examplesNote: (n: number) =>
    `Отметки с пометкой «ПРИМЕР» (${n}) вымышлены для демонстрации и не означают настоящего выполнения.`,
  section: (number: string, title: string) => (number ? `Раздел ${number}. ${title}` : title || 'Мероприятия'),
  progress: (done: number, inPlan: number, percent: string, onTime: number, late: number, overdue: number, notYetDue: number) =>
    inPlan
      ? `${COUNTS.done}: ${COUNTS.doneOf(done, inPlan, percent)}, ${COUNTS.doneSplit(onTime, late)}; ` +
        `${COUNTS.overdue.toLowerCase()} — ${overdue}; ${COUNTS.notYetDue.toLowerCase()} — ${notYetDue}.`
      : 'Контрольных точек со сроком в отчётном периоде нет.',
  mark: {
    notDue: 'срок не наступил',
    /** Checkpoints not due yet and not started, one line: «срок не наступил — ноябрь 2024». */
    notYetDue: (labels: string[]) => `срок не наступил — ${labels.join(', ')}`,
    /** The demo's made-up completions (comment «ПРИМЕР…» on the checkpoints sheet). */
    example: ' [ПРИМЕР — вымышленная отметка]',
    done: (date: string) => `выполнено ${date}`,
    doneNoDate: 'выполнено (дата не указана)',
    doneLate: (date: string, days: number) => `выполнено с опозданием ${date} (на ${days} дн.)`,
    overdue: (days: number) => `просрочено на ${days} дн.`,
    notRequired: 'не требуется',
    inProgress: 'в работе',
    evidence: 'подтверждение: ',
    unknown: 'срок не распознан',
    continuous: 'постоянно',
    asNeeded: 'по необходимости',
    external: 'сроки определяет организатор',
    noDeadline: 'срок не указан',
  },
  noteMarker: '✎',
  note: [
    '✎ Памятка для составителя. Абзацы, которые начинаются со знака ✎, в отчёт не попадают — их можно удалить.',
    '✎ Шаблон можно оформлять как угодно: менять шрифты, поля, колонтитулы, добавлять подписи и печати. ' +
      'Вместо слов в двойных фигурных скобках в отчёт подставляются данные:',
    '✎ {{Организация}} — организация; {{План}} — название дорожной карты; {{Период}} — отчётный период; ' +
      '{{Дата}} — дата составления отчёта;',
    '✎ {{В плане}} (или {{Всего}}) — контрольных точек в плане за период; {{На дату}} — день, на который считаются сроки; ' +
      '{{Срок наступил}} — из них срок наступил к этому дню; {{Выполнено}} — выполнено; {{В срок}} — выполнено в срок; ' +
      '{{С опозданием}} — выполнено с опозданием; {{Просрочено}} — просрочено; {{Не наступил срок}} — срок ещё не наступил; ' +
      '{{Не требуется}} — отмечено «Не требуется»; {{Без контрольных точек}} — мероприятий без сроков-дат; ' +
      '{{Процент}} — доля выполненных от контрольных точек в плане;',
    '✎ {{Таблица}} — на месте этого абзаца появятся таблицы по разделам и список просроченного. ' +
      'Подстановки работают и в колонтитулах. Неизвестная подстановка будет подсвечена и названа после формирования.',
  ],
  template: {
    header: '{{Организация}}',
    title: 'ОТЧЁТ',
    subtitle: 'о реализации мероприятий дорожной карты',
    plan: '{{План}}',
    organisation: '{{Организация}}',
    period: 'Отчётный период: {{Период}}',
    date: 'Дата составления: {{Дата}}',
    summaryHeading: '1. Сводные показатели',
    summary: [
      `${COUNTS.inPlan}: {{В плане}}.`,
      `${COUNTS.dueByDay('{{На дату}}')}: {{Срок наступил}}.`,
      `${COUNTS.done}: ${COUNTS.doneOf('{{Выполнено}}', '{{В плане}}', '{{Процент}}')}, ${COUNTS.doneSplit('{{В срок}}', '{{С опозданием}}')}.`,
      `${COUNTS.overdue}: {{Просрочено}}.`,
      `${COUNTS.notYetDue}: {{Не наступил срок}}.`,
      `${COUNTS.notRequired}: {{Не требуется}}.`,
      `${COUNTS.notTracked}: {{Без контрольных точек}} (${COUNTS.notTrackedWhy}).`,
    ],
    tablesHeading: '2. Выполнение мероприятий по разделам',
    table: '{{Таблица}}',
    signature: 'Ответственный за реализацию дорожной карты  _______________ / _______________ /',
    footer: 'Отчёт сформирован {{Дата}}',
  },
  toast: {
    reading: 'Отчёт: читаю дорожную карту…',
    template: 'Отчёт: создаю шаблон отчёта (первый запуск)…',
    building: (sections: number) => `Отчёт: заполняю документ (разделов: ${sections})…`,
    pdf: 'Отчёт: сохраняю PDF…',
    done: (name: string) => `Отчёт готов: «${name}».`,
  },
  warnings: {
    unknownPlaceholders: (names: string[]) =>
      `В шаблоне есть неизвестные подстановки: ${names.map((n) => `{{${n}}}`).join(', ')}. Они оставлены в отчёте и подсвечены жёлтым; ` +
      'исправьте их в шаблоне (список подстановок — в памятке шаблона).',
    noTablePlaceholder: 'В шаблоне нет отдельного абзаца {{Таблица}}: таблицы добавлены в конец документа.',
    unreadable: (n: number) => `Сроки не распознаны у ${n} мероприятий — они перечислены в таблицах с отметкой «срок не распознан».`,
    folderCreated: (name: string) =>
      `Создана папка «${name}» в «Моём диске»: к папке рядом с таблицей у скрипта нет доступа. Папку можно перенести куда угодно — отчёты будут сохраняться в неё.`,
    settingsTemplateMissing: 'Шаблон, указанный в настройках, недоступен; использован шаблон, созданный скриптом. Исправьте ссылку в «Настройках».',
    settingsFolderMissing: 'Папка для отчётов, указанная в настройках, недоступна скрипту; отчёт сохранён в папку, созданную скриптом.',
    templateRecreated: (url: string) => `Создан новый шаблон: ${url}. Укажите его в «Настройках» вместо прежнего.`,
    templateStored: 'Ссылка на шаблон записана в «Настройки» (строка «Шаблон отчёта»).',
    settingsProblems: (n: number) => `В «Настройках» есть значения, которые не удалось прочитать (${n}); использованы значения по умолчанию.`,
  },
  errors: {
    badOptions: 'Не удалось понять выбранный период. Закройте окно и выберите период заново.',
    badYear: (from: number, to: number) => `Укажите год от ${from} до ${to}.`,
    badDate: 'Дата должна быть в формате дд.мм.гггг, например 25.12.2024.',
    dateBeforePlan: (start: string) => `Дата раньше начала плана (${start}).`,
    noDate: 'Укажите дату в формате дд.мм.гггг, например 25.12.2024.',
    impossibleDate: 'Такой даты нет или она введена не полностью. Проверьте день, месяц и год (дд.мм.гггг).',
    yearDigits: 'Год укажите четырьмя цифрами, например 15.11.2024.',
    failed: 'Не удалось сформировать отчёт: Google не ответил или произошла ошибка. Попробуйте ещё раз через минуту; ' +
      'если не получится — сообщите координатору.',
    templateMissing: (id: string) =>
      `Шаблон отчёта не найден: документ ${id} удалён или у вас нет к нему доступа.\n\n` +
      'Создать новый шаблон по умолчанию и сформировать отчёт по нему?',
    templateMissingTitle: 'Шаблон отчёта недоступен',
    templateDeclined: 'Отчёт не сформирован: шаблон недоступен. Укажите другой шаблон в «Настройках» или очистите ячейку «Шаблон отчёта» — тогда скрипт создаст новый.',
    templateNotDoc: (mime: string) => `Шаблон отчёта должен быть Google Документом, а указан файл другого типа (${mime}). Исправьте ссылку в «Настройках».`,
    templateInTable: 'Абзац {{Таблица}} должен стоять отдельно, не внутри таблицы.',
  },
} as const;

/** Any school's plan: recognising it, the column dialog, importing it from a document (issue 13). */
export const PLAN_IMPORT = {
  notAPlan: (sheets: string[], looked: string[]) =>
    `В таблице не найдена дорожная карта: ни на одном листе (${sheets.map((s) => `«${s}»`).join(', ')}) нет заголовков ` +
    `${looked.map((n) => `«${n}»`).join(', ')} (или похожих: «Мероприятия», «Срок исполнения», «Ответственный исполнитель»). ` +
    'Образец плана добавляется только в пустую таблицу. Ничего не изменено.',
  noTables: 'В документе нет таблиц. План должен быть таблицей со столбцами «Мероприятие», «Срок», «Ответственные».',
  noPlanTable: (tables: number) =>
    `В документе ${tables} табл., но ни в одной не найдены столбцы «Наименование мероприятия» и «Сроки реализации» ` +
    'или «Ответственные» (или похожие). Ничего не изменено.',
  otherTable: (rows: number) => `другая таблица (${rows} стр.) — не часть плана`,
  menuItem: 'Импортировать план из документа',
  askLinkTitle: 'Импорт плана из документа',
  askLink: 'Вставьте ссылку на Google Документ с планом (файл .docx, загруженный на Диск, откройте как Google Документ и скопируйте ссылку):',
  badLink: 'Это не ссылка на Google Документ. Ссылка выглядит так: https://docs.google.com/document/d/…/edit',
  cannotOpen: (reason: string) => `Документ не открылся: ${reason}. Проверьте ссылку и доступ к документу. Ничего не изменено.`,
  reading: 'Читаю документ…',
  writing: 'Записываю план в таблицу…',
  previewTitle: 'Импорт плана: проверьте',
  preview: (p: { title: string; organisation: string; order: string; sections: number; activities: number; first: string[]; notPlaced: string[]; noDeadline: number }) => [
    p.title && `План: ${p.title}`,
    p.organisation && `Организация: ${p.organisation}`,
    p.order && `Утверждён: ${p.order}`,
    `Разделов: ${p.sections}, мероприятий: ${p.activities}${p.noDeadline ? ` (без срока: ${p.noDeadline})` : ''}.`,
    'Первые строки:',
    ...p.first.map((t) => `  • ${t}`),
    p.notPlaced.length ? `Не вошло в план (${p.notPlaced.length}): ${p.notPlaced.slice(0, 3).map((t) => `«${t.length > 60 ? `${t.slice(0, 60)}…` : t}»`).join(', ')}` : '',
    '',
    'Записать план на лист «Дорожная карта» и создать контрольные точки?',
  ].filter((l) => l !== '').join('\n'),
  sheetTaken: (sheet: string) =>
    `Лист «${sheet}» уже заполнен. Чтобы импортировать план, переименуйте или удалите этот лист. Ничего не изменено.`,
  cancelled: 'Импорт отменён. Ничего не изменено.',
  busyOrFailed: 'Таблицу сейчас обновляет другой человек. Попробуйте через минуту. Ничего не изменено.',
  // «When unsure, ask»: how the columns were understood, corrected by the user and kept in «Настройки».
  columnsMenu: 'Столбцы дорожной карты…',
  columnsLabel: 'Столбцы дорожной карты',
  columnsHint: 'Как поняты столбцы плана (задано в окне «Столбцы дорожной карты…»). Очистите, чтобы скрипт определял сам.',
  columnsTitle: 'Как поняты столбцы плана',
  columnsIntro: 'Проверьте, какой столбец что содержит, и исправьте, если нужно. Ответ сохранится в «Настройках».',
  columnsUnsure: 'Столбцы плана определены не наверняка — проверьте их в открывшемся окне.',
  columnsNone: '— нет —',
  columnsSave: 'Сохранить',
  columnsSaved: 'Сохранено. Структура обновлена по выбранным столбцам.',
  columnsNeedName: 'Выберите столбец с мероприятиями.',
  roles: {
    number: '№', name: 'Мероприятие', deadline: 'Срок', start: 'Начало', responsible: 'Ответственные', result: 'Результат', stage: 'Раздел / этап',
  },
  done: (activities: number, checkpoints: number) => `План импортирован: мероприятий ${activities}, контрольных точек ${checkpoints}.`,
} as const;

/**
 * Issue 12, the first day on real Google: permissions (granular consent), a colleague's reports and
 * templates under drive.file. Each scope: what Google's consent screen says (Google's English wording from
 * https://developers.google.com/identity/protocols/oauth2/scopes, in the consent screen's Russian) and why.
 */
export const ACCESS = {
  scopes: {
    'https://www.googleapis.com/auth/spreadsheets.currentonly': {
      consent: 'Просмотр и изменение таблиц, в которых установлено это приложение',
      why: 'читать дорожную карту и записывать контрольные точки в этой таблице',
    },
    'https://www.googleapis.com/auth/script.container.ui': {
      consent: 'Показ и запуск стороннего веб-контента в окнах и боковых панелях приложений Google',
      why: 'окна «Проверить статусы», «Сформировать отчёт», «Диагностика»',
    },
    'https://www.googleapis.com/auth/documents': {
      consent: 'Просмотр, изменение, создание и удаление всех ваших документов Google',
      why: 'создать и заполнить отчёт, прочитать ваш шаблон, сделать PDF',
    },
    'https://www.googleapis.com/auth/drive.file': {
      consent: 'Просмотр, изменение, создание и удаление только тех файлов Google Диска, которые вы используете в этом приложении',
      why: 'папка отчётов, шаблон, отчёты и PDF — только файлы, созданные скриптом',
    },
    'https://www.googleapis.com/auth/script.send_mail': {
      consent: 'Отправка электронных писем от вашего имени',
      why: 'письма еженедельной рассылки',
    },
    'https://www.googleapis.com/auth/script.scriptapp': {
      consent: 'Разрешение этому приложению работать, когда вас нет на месте',
      why: 'рассылка по расписанию',
    },
    'https://www.googleapis.com/auth/userinfo.email': {
      consent: 'Просмотр основного адреса электронной почты вашего аккаунта Google',
      why: 'пробное письмо — вам, в журнал — кто сформировал отчёт',
    },
  } as Record<string, { consent: string; why: string }>,
  missingTitle: 'Нужно разрешение Google',
  missing: (action: string, lines: string[], url: string) =>
    `Для действия «${action}» нужны разрешения, которые вы не отметили, когда Google спрашивал о них:\n\n` +
    `${lines.map((l) => `• ${l}`).join('\n')}\n\n` +
    `Откройте ссылку, отметьте эти разрешения и нажмите «Продолжить», затем повторите действие:\n${url}`,
  missingLine: (consent: string, why: string) => `«${consent}» — ${why}`,
  unknownScope: (scope: string) => `${scope} — нужен для этого действия`,
  /** The report made while this person's drive.file cannot reach the school's reports folder. */
  folderNotYours: (owner: string) =>
    `Отчёт сохранён в ваш «Мой диск»: папка для отчётов из «Настроек»${owner ? ` (её создал(а) ${owner})` : ''} недоступна скрипту от вашего имени — ` +
    'Google даёт скрипту доступ только к файлам, которые он создал для того же человека. Перенесите отчёт в эту папку ' +
    '(ссылка — в «Настройках», строка «Папка для отчётов»); все отчёты школы перечислены на листе «Журнал отчётов».',
  folderMissing:
    'Отчёт сохранён в ваш «Мой диск»: папка для отчётов из «Настроек» недоступна скрипту (удалена или создана не им). ' +
    'Очистите ячейку «Папка для отчётов» — скрипт создаст новую папку и запишет её туда.',
  folderStored: 'Ссылка на папку отчётов записана в «Настройки» (строка «Папка для отчётов»): отчёты всех сотрудников собираются в ней.',
  folderParentDenied: (name: string) =>
    `Создана папка «${name}» в «Моём диске»: в папку, где лежит таблица, скрипту сохранять нельзя. Папку можно перенести куда угодно — отчёты будут сохраняться в неё.`,
  templateNotShared: (owner: string) =>
    `Шаблон отчёта из «Настроек» вам недоступен: его создал(а) ${owner}, и доступ к нему вам не открыт (он не удалён).\n\n` +
    `Попросите ${owner} открыть вам доступ к шаблону или ко всей папке отчётов (Настройки доступа → «Читатель»).\n\n` +
    'Сформировать отчёт сейчас по стандартному шаблону? (Ваш шаблон в «Настройках» не изменится.)',
  templateNotSharedDeclined: (owner: string) =>
    `Отчёт не сформирован: шаблон из «Настроек» вам недоступен. Попросите ${owner} открыть вам к нему доступ.`,
  /** Docs applies a batch all or nothing: when it refuses, the half-filled copy is deleted and the person told. */
  fillFailed: (template: string) =>
    `Отчёт не сформирован: Google Документы не смогли заполнить шаблон${template ? ` (${template})` : ''} — в нём есть элемент, ` +
    'с которым скрипт не справился. Незаконченный документ удалён, в таблице ничего не изменено. Проверьте шаблон ' +
    '(абзац {{Таблица}} — отдельной строкой вне таблиц, колонтитулов и списков) или очистите ячейку «Шаблон отчёта» ' +
    'в «Настройках», чтобы сделать отчёт по стандартному шаблону.',
  standardTemplateUsed: 'Отчёт сделан по стандартному шаблону: шаблон из «Настроек» вам недоступен.',
} as const;

/** «Диагностика» (issue 12): what the person who clicked it can do here, and what to do about each problem. */
export const DIAGNOSTICS = {
  menu: 'Диагностика',
  title: 'Диагностика',
  running: 'Диагностика: проверяю разрешения, триггеры, шаблон и папку…',
  summary: (user: string, problems: number) =>
    `Проверено для ${user || 'текущего пользователя'}: ${problems ? `найдено проблем — ${problems}` : 'всё в порядке'}.`,
  writesNothing: 'Диагностика ничего не меняет в таблице и на Диске.',
  close: 'Закрыть',
  scopes: {
    title: 'Разрешения Google',
    all: (n: number) => `Все разрешения даны (${n}).`,
    missing: (lines: string[], url: string) =>
      `Не даны разрешения:\n${lines.map((l) => `• ${l}`).join('\n')}\nЧто сделать: откройте ссылку, отметьте их и нажмите «Продолжить»: ${url}`,
  },
  triggers: {
    title: 'Триггеры (запуск по расписанию)',
    unreadable: 'Не удалось прочитать ваши триггеры: нет разрешения «работать, когда вас нет на месте». Что сделать: дайте его (см. «Разрешения Google»).',
    list: (user: string, items: string[]) =>
      (items.length ? `Ваши триггеры (${user || 'вы'}): ${items.join(', ')}.` : `У вас (${user || 'вы'}) триггеров нет.`) +
      ' Триггеры других сотрудников скрипту не видны: рассылка идёт от имени того, кто её включил.',
  },
  mail: {
    title: 'Лимит писем на сегодня',
    left: (n: number) => `Можно отправить ещё ${n} адресатам.`,
    none: 'Лимит писем на сегодня исчерпан. Что сделать: оставшиеся письма уйдут завтра; пробное письмо отправьте завтра.',
    unreadable: 'Лимит не прочитан: нет разрешения на отправку писем. Что сделать: дайте его (см. «Разрешения Google»), если вы включаете рассылку.',
  },
  template: {
    title: 'Шаблон отчёта',
    unset: 'Не указан в «Настройках»: при первом отчёте скрипт создаст стандартный.',
    script: 'Доступен.',
    'user-only': 'Вы можете открыть шаблон, скрипт скопирует его по частям (создан не им или не для вас) — это работает.',
    none: 'Недоступен вам: удалён или не открыт для вас. Что сделать: попросите автора шаблона открыть доступ («Читатель») или очистите ячейку «Шаблон отчёта».',
    unchecked: 'Не проверен: нет разрешений Диска и Документов или не читаются «Настройки».',
  } as Record<string, string>,
  folder: {
    title: 'Папка для отчётов',
    unset: 'Не указана: при первом отчёте скрипт создаст папку и запишет ссылку в «Настройки».',
    script: 'Доступна: ваши отчёты будут сохраняться в неё.',
    'user-only': 'Доступна только вам, не скрипту: отчёты лягут в ваш «Мой диск».',
    none: 'Скрипту от вашего имени недоступна (разрешение Google «только файлы этого приложения» действует для каждого сотрудника отдельно). Ваши отчёты лягут в «Мой диск» — перенесите их в папку из «Настроек»; все отчёты перечислены на листе «Журнал отчётов».',
    unchecked: 'Не проверена: нет разрешения Диска или не читаются «Настройки».',
  } as Record<string, string>,
  zones: {
    title: 'Часовой пояс и язык',
    facts: (sheet: string, script: string, locale: string) => `Таблица: ${sheet}, ${locale}; скрипт: ${script}.`,
    zoneDiffers: 'Пояса различаются: таблица показывает даты по своему поясу, а скрипт ставит время (журналы, «сегодня») по поясу проекта. Что сделать: укажите один пояс в «Файл → Настройки» таблицы и в настройках проекта Apps Script.',
    localeNotRu: 'Язык таблицы не русский: даты и числа, введённые вручную, могут читаться иначе. Что сделать: «Файл → Настройки → Региональные настройки: Россия».',
  },
} as const;

/** Files on the school's computer (the offline command, the demo with --input, the web page): every message about a file. */
export const FILES = {
  notXlsx: (name: string) => `«${name}» — не таблица .xlsx. Укажите файл .xlsx или .csv (Excel, LibreOffice и МойОфис умеют сохранять в этих форматах).`,
  xls: (name: string) => `«${name}» — файл старого формата .xls. Откройте его и сохраните как «Книга Excel (.xlsx)», затем откройте снова.`,
  ods: (name: string) => `«${name}» — таблица формата .ods (LibreOffice, МойОфис). Выберите «Файл → Сохранить как» и формат .xlsx, затем откройте снова.`,
  odsRenamed: (name: string) => `«${name}» на самом деле таблица формата .ods, у которой только имя заканчивается на .xlsx. Откройте её в LibreOffice или МойОфис и сохраните как .xlsx («Файл → Сохранить как»).`,
  encrypted: (name: string) => `Файл «${name}» защищён паролем. Снимите пароль на открытие («Файл → Свойства» или «Сохранить как» без пароля) и сохраните файл заново в формате .xlsx.`,
  empty: (name: string) =>
    `Файл «${name}» пустой (0 байт): возможно, он испорчен при сохранении. Возьмите прежнюю копию (рядом лежат «… .копия-….xlsx»), ` +
    'или, чтобы начать дорожную карту по образцу, удалите этот файл и запустите с параметром --new.',
  truncated: (name: string) => `Файл «${name}» обрезан: он записан не до конца (например, копирование прервалось). Возьмите целую копию файла.`,
  notZip: (name: string) => `Файл «${name}» повреждён или это не таблица .xlsx: внутри нет таблицы Office Open XML.`,
  otherDocument: (name: string) => `Файл «${name}» — не таблица, а другой документ (например, Word) с расширением .xlsx.`,
  damaged: (name: string) => `Файл «${name}» повреждён: таблицу в нём прочитать не удалось. Откройте его в офисной программе и сохраните заново как .xlsx.`,
  csvEmpty: (name: string) => `Файл «${name}» пустой: в нём нет ни одной строки.`,
  csvBinary: (name: string) => `Файл «${name}» — не текст CSV (внутри двоичные данные). Сохраните таблицу как «CSV (разделители — точка с запятой)» или как .xlsx.`,
  locked: (name: string, lock: string) =>
    `Файл «${name}» сейчас открыт в офисной программе (рядом лежит «${lock}»). Сохраните и закройте его, затем запустите снова.`,
  lockedOutput: (name: string, lock: string) =>
    `Файл «${name}», в который нужно записать результат, сейчас открыт в офисной программе (рядом лежит «${lock}»). Закройте его, затем запустите снова.`,
  isFolder: (name: string) => `«${name}» — это папка, а не файл.`,
  missing: (name: string) =>
    `Файла «${name}» нет. Проверьте путь; чтобы создать в этом месте новую дорожную карту по образцу, запустите с параметром --new.`,
  newExists: (name: string) => `Файл «${name}» уже есть — параметр --new создаёт только новый файл. Уберите --new, чтобы обновить этот.`,
  newNotXlsx: (name: string) => `С параметром --new создаётся файл .xlsx, а указан «${name}».`,
  folderMissing: (dir: string) => `Папки «${dir}» нет. Создайте её или укажите другой путь.`,
  // File-system errors, by what was being done and the system's error code.
  noAccess: (path: string) =>
    `Нет прав на запись в «${path}»: папка или файл только для чтения (или доступ запрещён). Выберите другую папку (--out) или попросите доступ у администратора.`,
  noReadAccess: (path: string) => `Нет прав на чтение «${path}». Попросите доступ у администратора или скопируйте файл в свою папку.`,
  notAFolder: (path: string) => `«${path}» — это файл, а здесь нужна папка. Укажите в --out папку (её можно не создавать заранее).`,
  noSpace: (path: string) => `На диске не хватает места, чтобы записать «${path}». Освободите место и запустите снова — прежний файл не тронут.`,
  busy: (path: string) => `Файл «${path}» занят другой программой. Закройте её и запустите снова.`,
  readOnlyDisk: (path: string) => `Диск, на котором лежит «${path}», доступен только для чтения (например, флешка с защитой от записи).`,
  tooLong: (path: string) => `Слишком длинный путь: «${path}». Переместите файл в папку с более коротким путём.`,
  notFound: (path: string) => `Не найден файл или папка «${path}».`,
  otherFsError: (path: string, code: string) => `Не удалось записать или прочитать «${path}» (ошибка системы ${code}).`,
  backupMade: (name: string) => `копия прежнего файла: «${name}»`,
} as const;

/** The day the deadlines are counted for, typed after --today (the offline command, its import, the demo): one rule, parseRuDate. */
export const DAY_OPTION = {
  forms: 'ДД.ММ.ГГГГ или ГГГГ-ММ-ДД',
  help: 'день, на который считать сроки: ДД.ММ.ГГГГ (15.11.2023) или ГГГГ-ММ-ДД (2023-11-15); по умолчанию сегодня',
  bad: (typed: string) =>
    `Не понятен день «${typed}»: укажите существующую дату как ДД.ММ.ГГГГ (например, 15.11.2023 или 1.9.2024) или как ГГГГ-ММ-ДД (2023-11-15).`,
} as const;

/** A plan typed in Word (.docx), opened by the offline command's `import` and by the web page: the same words. */
export const DOCX_FILES = {
  notDocx: (name: string) => `«${name}» — не .docx. Сохраните план в Word как «Документ Word (.docx)» (файлы .doc, .pdf, .odt не читаются).`,
  unreadable: (name: string, why: string) => `Не удалось прочитать «${name}»: ${why}.`,
  notZip: (detail: string) => `это не файл .docx (${detail})`,
  noBody: 'в файле нет текста документа (word/document.xml): это не документ Word .docx',
  noText: 'документ Word без текста',
  empty: (name: string) => `Файл «${name}» пустой (0 байт): возможно, он испорчен при сохранении. Возьмите прежнюю копию документа.`,
  truncated: (name: string) => `Файл «${name}» обрезан: он записан не до конца (например, копирование прервалось). Возьмите целую копию документа.`,
  encrypted: (name: string) => `Документ «${name}» защищён паролем. Снимите пароль в Word («Файл → Сведения → Защита документа») и сохраните его заново как .docx.`,
  doc: (name: string) => `«${name}» — документ старого формата .doc. Откройте его в Word и сохраните как «Документ Word (.docx)», затем откройте снова.`,
  odt: (name: string) => `«${name}» на самом деле документ формата .odt (LibreOffice, МойОфис). Сохраните его как «Документ Word (.docx)» («Файл → Сохранить как»).`,
  workbook: (name: string) => `«${name}» — на самом деле таблица Excel, а не документ Word. Переименуйте файл в .xlsx и откройте снова.`,
} as const;

/** The web page (dist/web/index.html): the tracker in a browser, with nothing leaving the computer. */
export const WEB = {
  title: 'Дорожная карта — без Google',
  privacy: 'Всё работает на этом компьютере: файл никуда не отправляется, страница не подключается к интернету.',
  pick: 'Выберите файл дорожной карты (.xlsx или .csv) или план в Word (.docx) — или перетащите его сюда',
  pickButton: 'Выбрать файл…',
  sample: 'Начать новую по образцу',
  day: 'День, на который считать сроки',
  opening: (name: string) => `Открываю «${name}»…`,
  opened: (name: string, ms: number) => `«${name}» открыт (${(ms / 1000).toFixed(1).replace('.', ',')} с).`,
  sampleName: 'Дорожная карта.xlsx',
  counts: 'Итоги',
  findings: 'Проверить статусы',
  checkpoints: 'Контрольные точки',
  activities: 'Мероприятия',
  filter: 'Показать',
  filterAll: 'все',
  columnsCheckpoints: ['', '№', 'Мероприятие', 'Период', 'Срок', 'Состояние', 'Ответственные', 'Статус', 'Дата выполнения', 'Подтверждение', 'Комментарий'],
  columnsActivities: ['№', 'Мероприятие', 'Сроки', 'Ближайший срок', 'Состояние', 'Выполнено'],
  mark: 'Отметить',
  markRow: (label: string) => `Отметить ${label}`,
  markTitle: (label: string) => `Отметка: ${label}`,
  status: 'Статус',
  doneDate: 'Дата выполнения',
  evidence: 'Подтверждение (ссылка или документ)',
  comment: 'Комментарий',
  saveMark: 'Сохранить отметку',
  cancel: 'Отмена',
  marked: (label: string) => `Отметка сохранена: ${label}. Не забудьте сохранить таблицу.`,
  saveTitle: 'Сохранить',
  saveXlsx: 'Таблицу (.xlsx)',
  saveReport: 'Отчёт (.docx)',
  reportPeriod: 'Период отчёта',
  periodUpTo: 'весь план на выбранный день',
  periodPlan: 'весь план целиком',
  periodYear: (y: number) => `${y} год`,
  periodHalf: (h: 1 | 2, y: number) => `${h === 1 ? 'I' : 'II'} полугодие ${y}`,
  letters: 'Письма этой недели (.eml — откройте в почтовой программе и отправьте)',
  lettersZip: 'Все письма одним архивом (.zip)',
  lettersZipName: (plan: string, date: string) => `Письма — ${plan} — ${date}.zip`,
  noLetters: 'Писем нет: впишите адреса на листе «Ответственные» (или сообщать пока нечего).',
  withoutEmail: (names: string[]) => `Без адреса: ${names.join(', ')}.`,
  saved: (name: string) => `Сохранено: «${name}».`,
  unsaved: 'Есть несохранённые отметки. Сохраните таблицу, чтобы они остались в файле.',
  failed: 'Не получилось:',
  bug: 'Непредвиденная ошибка — сообщите разработчикам:',
  rows: (shown: number, all: number, matching = all) =>
    (shown === all ? `строк: ${all}` : matching === all ? `показано ${shown} из ${all}` : `показано ${shown} из ${matching} подходящих (всего ${all})`),
  showMore: (next: number, left: number) => `Показать ещё ${next} (осталось ${left})`,
  showAll: (left: number) => `Показать остальные (${left})`,
  emptyFile: (name: string) =>
    `Файл «${name}» пустой (0 байт): возможно, он испорчен при сохранении. Возьмите прежнюю копию файла ` +
    'или начните новую дорожную карту кнопкой «Начать новую по образцу».',
  importedDocx: (name: string, sections: number, activities: number, xlsx: string) =>
    `План из «${name}»: разделов ${sections}, мероприятий ${activities}. Проверьте его ниже и сохраните таблицу — получится «${xlsx.replace(/\.xlsx$/, '')} (обновлено).xlsx».`,
} as const;

// The digest letter: subject as the issue words it, HTML with every cell text escaped and links to rows,
// the plain-text alternative, and long lists cut short.
import type { DigestItem, DigestMessage, SummaryPart } from '../../src/core/digest';
import { digestSubject, itemLink, MAX_ITEMS, renderDigest, type DigestContext } from '../../src/views/digest-email';

const item = (n: number, extra: Partial<DigestItem> = {}): DigestItem => ({
  key: `k${n}`, number: `1.${n}`, activity: `Мероприятие ${n}`, label: 'I квартал 2025', due: '2025-11-10', days: 14, done: null,
  responsible: ['Иванова И.И.'], link: { sheet: 'checkpoints', row: n + 1 }, example: false, ...extra,
});

const ctx: DigestContext = {
  organisation: 'МБОУ «СОШ № 5»',
  today: '2025-11-24',
  horizonDays: 14,
  replyTo: 'director@school.example',
  links: { url: 'https://docs.google.com/spreadsheets/d/ID/edit', checkpointsGid: 123, roadmapGid: 0 },
};

const personal = (p: Partial<NonNullable<DigestMessage['personal']>>): DigestMessage => ({
  to: 'ivanova@school.example', summary: null, personal: { names: ['Иванова И.И.'], overdue: [], soon: [], done: [], ...p },
});

const summary: SummaryPart = {
  counts: { overdue: 5, soon: 8, doneWeek: 2, done: 20, total: 60 },
  plan: { inPlan: 60, dueByDay: 25, done: 20, onTime: 15, late: 5, overdue: 5, notYetDue: 35, notRequired: 1, notTracked: 2, percent: 33 },
  overdue: [item(1)], soon: [item(2, { days: 3 })], doneWeek: [], unassigned: 1,
  byResponsible: [{ name: 'ОО', emails: 0, overdue: 2, soon: 0, done: 0 }, { name: 'Иванова И.И.', emails: 1, overdue: 1, soon: 3, done: 1 }],
  withoutEmail: ['ОО'],
};

describe('digestSubject', () => {
  it('reads "Дорожная карта: 2 просрочено, 3 скоро срок — <организация>"', () => {
    const m = personal({ overdue: [item(1), item(2)], soon: [item(3), item(4), item(5)] });
    expect(digestSubject(m, ctx.organisation)).toBe('Дорожная карта: 2 просрочено, 3 скоро срок — МБОУ «СОШ № 5»');
    expect(digestSubject(personal({ soon: [item(1)] }), '')).toBe('Дорожная карта: 1 скоро срок');
    expect(digestSubject(personal({ done: [item(1)] }), 'Школа\nплюс')).toBe('Дорожная карта: 1 выполнено за неделю — Школа плюс');
    expect(digestSubject({ to: 'd@school.example', personal: null, summary }, 'Школа')).toBe('Дорожная карта, сводка: 5 просрочено, 8 скоро срок — Школа');
    expect(digestSubject(personal({ overdue: [item(1)] }), 'Школа', true)).toBe('Пробное письмо. Дорожная карта: 1 просрочено — Школа');
  });
});

describe('renderDigest', () => {
  it('escapes HTML and scripts typed into cells, in the body and the title', () => {
    const evil = item(1, { activity: '<script>alert("x")</script> & <b>жирный</b>', label: '<img src=x onerror=alert(1)>' });
    const mail = renderDigest(personal({ names: ['<i>Завуч</i>'], overdue: [evil] }), { ...ctx, organisation: '<Школа>' });
    expect(mail.html).not.toMatch(/<script|<img|<b>жирный|<i>Завуч/);
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;жирный&lt;/b&gt;');
    expect(mail.html).toContain('<title>Дорожная карта: 1 просрочено — &lt;Школа&gt;</title>');
    // The plain text shows what was typed, as text.
    expect(mail.text).toContain('1.1 <script>alert("x")</script> & <b>жирный</b>');
  });

  it('links each checkpoint to its row and says how late or how soon it is', () => {
    const m = personal({ overdue: [item(1)], soon: [item(2, { days: 0 }), item(3, { days: 4, link: { sheet: 'roadmap', row: 9 } })], done: [item(4, { done: '2025-11-20', days: 4 })] });
    const mail = renderDigest(m, ctx);
    expect(itemLink(item(1), ctx.links)).toBe('https://docs.google.com/spreadsheets/d/ID/edit#gid=123&range=A2');
    expect(mail.html).toContain('href="https://docs.google.com/spreadsheets/d/ID/edit#gid=123&amp;range=A2"');
    expect(mail.html).toContain('href="https://docs.google.com/spreadsheets/d/ID/edit#gid=0&amp;range=A9"');
    expect(mail.text).toContain('I квартал 2025 · срок 10.11.2025 — просрочено на 14 дн.');
    expect(mail.text).toContain('срок сегодня');
    expect(mail.text).toContain('осталось 4 дн.');
    expect(mail.text).toContain('выполнено 20.11.2025');
    expect(mail.text).toContain('Ответ на это письмо получит координатор (director@school.example).');
    expect(mail.html).toContain('name="viewport"');
    expect(mail.text).not.toMatch(/<[a-z]/);
  });

  it('cuts long lists and says how many more there are', () => {
    const many = Array.from({ length: MAX_ITEMS + 7 }, (_, i) => item(i + 1));
    const mail = renderDigest(personal({ overdue: many }), ctx);
    expect(mail.html.match(/Открыть в таблице/g)).toHaveLength(MAX_ITEMS);
    expect(mail.html).toContain('…и ещё 7');
    expect(mail.text).toContain('…и ещё 7');
  });

  it('gives coordinators counts, the worst overdue, a table per responsible and names without email', () => {
    const mail = renderDigest({ to: 'director@school.example', personal: null, summary }, ctx);
    expect(mail.html).toContain('Сводка по дорожной карте');
    expect(mail.text).toContain('Контрольных точек в плане: 60');
    expect(mail.text).toContain('Срок наступил (по 24.11.2025): 25');
    expect(mail.text).toContain('Выполнено: 20 из 60 (33\u00a0%), в срок — 15, с опозданием — 5');
    expect(mail.text).toContain('Срок ещё не наступил: 35');
    expect(mail.text).toContain('• ОО (нет email): просрочено 2, скоро срок 0, выполнено за неделю 0');
    expect(mail.text).toContain('Нет email на листе «Ответственные» — напоминания им не приходят: ОО.');
    expect(mail.text).toContain('Ответственные: Иванова И.И.');
    expect(mail.html).not.toContain('Отметить выполнение');
    expect(mail.text).toContain('«Отключить рассылку»');
  });

  it('offline letters (no spreadsheet link) name no menu, and made-up example marks say so', () => {
    const offline = { ...ctx, links: { url: '', checkpointsGid: null, roadmapGid: null } };
    const mail = renderDigest(personal({ done: [item(1, { done: '2025-11-20', example: true })] }), offline);
    expect(mail.text).not.toContain('Отключить рассылку');
    expect(mail.html).not.toContain('Отключить рассылку');
    expect(mail.text).toContain('выполнено 20.11.2025 [ПРИМЕР — вымышленная отметка]');
  });

  it('marks a test letter as such', () => {
    const mail = renderDigest({ to: 'me@school.example', personal: null, summary }, { ...ctx, test: { ownNothing: true } });
    expect(mail.subject.startsWith('Пробное письмо. ')).toBe(true);
    expect(mail.text).toContain('Это пробное письмо');
    expect(mail.text).toContain('поэтому ниже — сводка для координаторов');
  });
});

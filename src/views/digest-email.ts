// The digest email: subject, HTML (one column, inline styles, readable on a phone, every cell text escaped)
// and the plain-text alternative, from one DigestMessage.
import { formatRu, type IsoDate } from '../core/calendar';
import { trackerDigest, type DigestItem, type DigestMessage, type DigestPlan, type SummaryPart, type Undelivered } from '../core/digest';
import type { Tracker } from '../core/tracker';
import { activityTitle } from '../core/findings';
import { DIGEST } from '../text/ru';
import { countItems } from './counts';
import { escapeHtml } from './html';

/** Where links point: the spreadsheet's URL and the sheets' ids (gid); null where a sheet is missing. */
export interface MailLinks {
  /** The spreadsheet's address; '' for letters made offline from an .xlsx file (no links then). */
  url: string;
  checkpointsGid: number | null;
  roadmapGid: number | null;
}

export interface DigestContext {
  organisation: string;
  today: IsoDate;
  horizonDays: number;
  /** The first coordinator: replies go there. */
  replyTo: string | null;
  links: MailLinks;
  /** A test send from the menu: a note on top, "Пробное письмо." in the subject. */
  test?: { ownNothing: boolean };
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/** Items shown per section; the rest are counted ("…и ещё 12"), so a letter stays short and under Gmail's size limit. */
export const MAX_ITEMS = 20;
/** Rows of the per-responsible table in the summary. */
export const MAX_RESPONSIBLE = 40;

const COLOURS = {
  overdue: { bar: '#d93025', bg: '#fce8e6', head: '#b3261e' },
  soon: { bar: '#f9ab00', bg: '#fef7e0', head: '#8a5300' },
  done: { bar: '#188038', bg: '#e6f4ea', head: '#137333' },
} as const;
type Kind = keyof typeof COLOURS;

/** One line, no control characters: a subject or a header made from cell text. */
const oneLine = (text: string): string => text.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();

export function itemLink(item: DigestItem, links: MailLinks): string {
  const gid = item.link.sheet === 'checkpoints' ? links.checkpointsGid : links.roadmapGid;
  return gid === null ? links.url : `${links.url}#gid=${gid}&range=A${item.link.row}`;
}

function headline(message: DigestMessage): string {
  const counts = message.personal
    ? { overdue: message.personal.overdue.length, soon: message.personal.soon.length, done: message.personal.done.length }
    : { overdue: 0, soon: 0, done: 0 };
  if (!message.personal && message.summary) Object.assign(counts, { overdue: message.summary.counts.overdue, soon: message.summary.counts.soon, done: message.summary.counts.doneWeek });
  const parts: string[] = [];
  if (counts.overdue) parts.push(DIGEST.subject.overdue(counts.overdue));
  if (counts.soon) parts.push(DIGEST.subject.soon(counts.soon));
  if (!parts.length) parts.push(counts.done ? DIGEST.subject.done(counts.done) : DIGEST.subject.quiet);
  return parts.join(', ');
}

/** "Дорожная карта: 2 просрочено, 3 скоро срок — Школа № 5"; coordinators' letters say «сводка». */
export function digestSubject(message: DigestMessage, organisation: string, test = false): string {
  const prefix = message.personal ? DIGEST.subject.prefix : DIGEST.subject.summaryPrefix;
  const org = oneLine(organisation);
  return oneLine(`${test ? DIGEST.subject.test : ''}${prefix}: ${headline(message)}${org ? ` — ${org}` : ''}`);
}

function itemDetail(item: DigestItem, kind: Kind): string {
  const example = item.example ? DIGEST.exampleMark : '';
  if (kind === 'overdue') return DIGEST.overdueDays(item.days) + example;
  if (kind === 'soon') return DIGEST.daysLeft(item.days) + example;
  return DIGEST.doneOn(formatRu(item.done as IsoDate)) + example;
}

/** The letter's last line: offline letters name no menu that does not exist there. */
const footerText = (ctx: DigestContext): string => (ctx.links.url ? DIGEST.footer : DIGEST.footerOffline);

const title = (item: DigestItem): string => activityTitle(item.number, item.activity, 200);

/** "I квартал 2025 · срок 31.03.2025"; a period that is the date itself is not said twice. */
const dates = (item: DigestItem): string => {
  const label = oneLine(item.label);
  const due = formatRu(item.due);
  return DIGEST.itemDates(label === due ? '' : label, due);
};

/** Where replies go, unless the letter is to that coordinator. */
const replyNote = (message: DigestMessage, ctx: DigestContext): string =>
  ctx.replyTo && ctx.replyTo.toLowerCase() !== message.to.toLowerCase() ? DIGEST.replyTo(ctx.replyTo) : '';

// ---- HTML ----

const FONT = 'font-family:Arial,Helvetica,sans-serif;';

function htmlItem(item: DigestItem, kind: Kind, ctx: DigestContext, withResponsible: boolean): string {
  const c = COLOURS[kind];
  const who = withResponsible && item.responsible.length
    ? `<div style="font-size:13px;color:#5f6368">${escapeHtml(DIGEST.responsible(item.responsible.join(', ')))}</div>` : '';
  return `<div style="margin:0 0 10px;padding:8px 10px;border-left:4px solid ${c.bar};background:${c.bg};border-radius:4px">` +
    `<div style="font-weight:bold;word-wrap:break-word">${escapeHtml(title(item))}</div>` +
    `<div style="font-size:14px;color:#3c4043">${escapeHtml(dates(item))} · ` +
    `<b style="color:${c.head};white-space:nowrap">${escapeHtml(itemDetail(item, kind))}</b></div>${who}` +
    (ctx.links.url ? `<div style="font-size:14px;margin-top:2px"><a href="${escapeHtml(itemLink(item, ctx.links))}" style="color:#1a73e8">${escapeHtml(DIGEST.open)}</a></div>` : '') +
    '</div>';
}

function htmlSection(heading: string, items: DigestItem[], kind: Kind, ctx: DigestContext, withResponsible: boolean, max = MAX_ITEMS): string {
  if (!items.length) return '';
  const shown = items.slice(0, max).map((i) => htmlItem(i, kind, ctx, withResponsible)).join('');
  const more = items.length > max ? `<p style="margin:4px 0 12px;color:#5f6368">${escapeHtml(DIGEST.more(items.length - max))}</p>` : '';
  return `<h2 style="font-size:17px;margin:20px 0 8px;color:${COLOURS[kind].head}">${escapeHtml(heading)} (${items.length})</h2>${shown}${more}`;
}

function htmlCounts(s: SummaryPart, ctx: DigestContext): string {
  const row = (label: string, value: string, colour: string): string =>
    `<tr><td style="padding:6px 8px;border-bottom:1px solid #e8eaed">${escapeHtml(label)}</td>` +
    `<td style="padding:6px 8px;border-bottom:1px solid #e8eaed;text-align:right;font-weight:bold;color:${colour}">${escapeHtml(value)}</td></tr>`;
  return '<table role="presentation" style="width:100%;border-collapse:collapse;margin:8px 0 4px;font-size:15px">' +
    row(DIGEST.counts.soon, String(s.counts.soon), COLOURS.soon.head) +
    row(DIGEST.counts.doneWeek, String(s.counts.doneWeek), COLOURS.done.head) +
    // The plan's numbers, named as in the report and «Проверить статусы».
    countItems(s.plan, formatRu(ctx.today)).map((i) => row(i.label, i.value, i.key === 'overdue' ? COLOURS.overdue.head : '#202124')).join('') +
    '</table>';
}

function htmlResponsible(s: SummaryPart): string {
  if (!s.byResponsible.length) return '';
  const cell = 'padding:5px 6px;border-bottom:1px solid #e8eaed;';
  const [h0, h1, h2, h3] = DIGEST.byResponsibleColumns;
  const head = `<tr style="color:#5f6368;font-size:12px"><th style="${cell}text-align:left">${escapeHtml(h0)}</th>` +
    [h1, h2, h3].map((h) => `<th style="${cell}text-align:right">${escapeHtml(h)}</th>`).join('') + '</tr>';
  const rows = s.byResponsible.slice(0, MAX_RESPONSIBLE).map((r) =>
    `<tr><td style="${cell}word-wrap:break-word">${escapeHtml(oneLine(r.name))}${r.emails ? '' : `<span style="color:#b3261e">${escapeHtml(DIGEST.noEmailMark)}</span>`}</td>` +
    `<td style="${cell}text-align:right;color:${COLOURS.overdue.head}">${r.overdue || ''}</td>` +
    `<td style="${cell}text-align:right;color:${COLOURS.soon.head}">${r.soon || ''}</td>` +
    `<td style="${cell}text-align:right;color:${COLOURS.done.head}">${r.done || ''}</td></tr>`).join('');
  const more = s.byResponsible.length > MAX_RESPONSIBLE ? `<p style="color:#5f6368">${escapeHtml(DIGEST.more(s.byResponsible.length - MAX_RESPONSIBLE))}</p>` : '';
  return `<h2 style="font-size:17px;margin:20px 0 8px">${escapeHtml(DIGEST.byResponsible)}</h2>` +
    `<table role="presentation" style="width:100%;border-collapse:collapse;font-size:14px;table-layout:auto">${head}${rows}</table>${more}`;
}

function htmlSummary(s: SummaryPart, ctx: DigestContext): string {
  const notes = [
    s.withoutEmail.length ? DIGEST.withoutEmail(s.withoutEmail.map(oneLine).join(', ')) : '',
    s.unassigned ? DIGEST.unassigned(s.unassigned) : '',
  ].filter(Boolean).map((n) => `<p style="margin:8px 0;padding:8px 10px;background:#f1f3f4;border-radius:4px;font-size:14px">${escapeHtml(n)}</p>`).join('');
  return `<h2 style="font-size:18px;margin:24px 0 4px">${escapeHtml(DIGEST.summaryTitle)}</h2>${htmlCounts(s, ctx)}` +
    htmlSection(DIGEST.topOverdue, s.overdue, 'overdue', ctx, true, 10) +
    htmlSection(DIGEST.topSoon, s.soon, 'soon', ctx, true, 10) +
    htmlSection(DIGEST.done, s.doneWeek, 'done', ctx, true, 10) +
    htmlResponsible(s) + notes;
}

const whyText = (u: Undelivered): string =>
  u.why.kind === 'badAddress' ? DIGEST.why.badAddress : u.why.kind === 'unconfirmed' ? DIGEST.why.unconfirmed : DIGEST.why.refused(oneLine(u.why.reason));

function htmlUndelivered(list: Undelivered[]): string {
  if (!list.length) return '';
  const items = list.map((u) => `<li style="margin:4px 0">${escapeHtml(oneLine(u.to))} — ${escapeHtml(whyText(u))}</li>`).join('');
  return `<h2 style="font-size:17px;margin:20px 0 8px;color:${COLOURS.overdue.head}">${escapeHtml(DIGEST.undeliveredTitle)} (${list.length})</h2>` +
    `<ul style="margin:0 0 12px;padding-left:20px;font-size:14px">${items}</ul>`;
}

export function digestHtml(message: DigestMessage, ctx: DigestContext): string {
  const org = oneLine(ctx.organisation);
  const p = message.personal;
  const intro = [
    ctx.test ? `<p style="margin:0 0 12px;padding:8px 10px;background:#e8f0fe;border-radius:4px">${escapeHtml(DIGEST.testNote)}</p>` : '',
    ctx.test?.ownNothing ? `<p>${escapeHtml(DIGEST.testOwnNothing)}</p>` : '',
    p ? `<p style="margin:0 0 8px">${escapeHtml(DIGEST.greeting(p.names.map(oneLine).join(', ')))}</p>` : `<p style="margin:0 0 8px">${escapeHtml(DIGEST.summaryGreeting)}</p>`,
  ].join('');
  const personal = p
    ? htmlSection(DIGEST.overdue, p.overdue, 'overdue', ctx, false) +
      htmlSection(DIGEST.soon(ctx.horizonDays), p.soon, 'soon', ctx, false) +
      htmlSection(DIGEST.done, p.done, 'done', ctx, false)
    : '';
  const summary = message.summary ? htmlSummary(message.summary, ctx) + htmlUndelivered(message.undelivered ?? []) : '';
  const footer = [
    p ? DIGEST.howToMark : '',
    replyNote(message, ctx),
    footerText(ctx),
  ].filter(Boolean).map((t) => `<p style="margin:6px 0">${escapeHtml(t)}</p>`).join('');
  const subject = digestSubject(message, ctx.organisation, !!ctx.test);
  return `<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f1f3f4">
<div style="max-width:600px;margin:0 auto;padding:12px 8px;${FONT}font-size:15px;line-height:1.45;color:#202124;overflow-wrap:anywhere;word-break:break-word">
<div style="background:#ffffff;border-radius:8px;padding:16px 14px">
<div style="font-size:13px;color:#5f6368">${escapeHtml(DIGEST.heading)}${org ? ` · ${escapeHtml(org)}` : ''} · ${escapeHtml(DIGEST.onDay(formatRu(ctx.today)))}</div>
<h1 style="font-size:21px;line-height:1.25;margin:4px 0 14px">${escapeHtml(p ? headline(message) : DIGEST.summaryHeadline(headline(message)))}</h1>
${intro}${personal}${summary}
${ctx.links.url ? `<p style="margin:20px 0 8px"><a href="${escapeHtml(ctx.links.url)}" style="display:inline-block;padding:10px 16px;background:#1a73e8;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold">${escapeHtml(DIGEST.openSheet)}</a></p>` : ''}
<div style="margin-top:16px;padding-top:8px;border-top:1px solid #e8eaed;font-size:13px;color:#5f6368">${footer}</div>
</div></div></body></html>`;
}

// ---- plain text ----

function textSection(heading: string, items: DigestItem[], kind: Kind, ctx: DigestContext, withResponsible: boolean, max = MAX_ITEMS): string[] {
  if (!items.length) return [];
  const out = ['', `${heading.toUpperCase()} (${items.length})`];
  for (const item of items.slice(0, max)) {
    out.push(`• ${title(item)}`);
    out.push(`  ${dates(item)} — ${itemDetail(item, kind)}`);
    if (withResponsible && item.responsible.length) out.push(`  ${DIGEST.responsible(item.responsible.join(', '))}`);
    if (ctx.links.url) out.push(`  ${itemLink(item, ctx.links)}`);
  }
  if (items.length > max) out.push(DIGEST.more(items.length - max));
  return out;
}

export function digestText(message: DigestMessage, ctx: DigestContext): string {
  const org = oneLine(ctx.organisation);
  const p = message.personal;
  const s = message.summary;
  const lines: string[] = [
    `${DIGEST.heading}${org ? ` — ${org}` : ''}`,
    `${p ? headline(message) : DIGEST.summaryHeadline(headline(message))} · ${DIGEST.onDay(formatRu(ctx.today))}`,
    '',
  ];
  if (ctx.test) lines.push(DIGEST.testNote, '');
  if (ctx.test?.ownNothing) lines.push(DIGEST.testOwnNothing, '');
  lines.push(p ? DIGEST.greeting(p.names.map(oneLine).join(', ')) : DIGEST.summaryGreeting);
  if (p) {
    lines.push(...textSection(DIGEST.overdue, p.overdue, 'overdue', ctx, false));
    lines.push(...textSection(DIGEST.soon(ctx.horizonDays), p.soon, 'soon', ctx, false));
    lines.push(...textSection(DIGEST.done, p.done, 'done', ctx, false));
  }
  if (s) {
    lines.push('', DIGEST.summaryTitle.toUpperCase());
    lines.push(`${DIGEST.counts.soon}: ${s.counts.soon}`, `${DIGEST.counts.doneWeek}: ${s.counts.doneWeek}`,
      ...countItems(s.plan, formatRu(ctx.today)).map((i) => `${i.label}: ${i.value}`));
    lines.push(...textSection(DIGEST.topOverdue, s.overdue, 'overdue', ctx, true, 10));
    lines.push(...textSection(DIGEST.topSoon, s.soon, 'soon', ctx, true, 10));
    lines.push(...textSection(DIGEST.done, s.doneWeek, 'done', ctx, true, 10));
    if (s.byResponsible.length) {
      const [, h1, h2, h3] = DIGEST.byResponsibleColumns;
      lines.push('', DIGEST.byResponsible.toUpperCase());
      for (const r of s.byResponsible.slice(0, MAX_RESPONSIBLE)) {
        lines.push(`• ${oneLine(r.name)}${r.emails ? '' : DIGEST.noEmailMark}: ${h1.toLowerCase()} ${r.overdue}, ${h2.toLowerCase()} ${r.soon}, ${h3.toLowerCase()} ${r.done}`);
      }
      if (s.byResponsible.length > MAX_RESPONSIBLE) lines.push(DIGEST.more(s.byResponsible.length - MAX_RESPONSIBLE));
    }
    if (s.withoutEmail.length) lines.push('', DIGEST.withoutEmail(s.withoutEmail.map(oneLine).join(', ')));
    if (s.unassigned) lines.push(DIGEST.unassigned(s.unassigned));
    const undelivered = message.undelivered ?? [];
    if (undelivered.length) {
      lines.push('', `${DIGEST.undeliveredTitle.toUpperCase()} (${undelivered.length})`);
      for (const u of undelivered) lines.push(`• ${oneLine(u.to)} — ${whyText(u)}`);
    }
  }
  lines.push('', ...(ctx.links.url ? [`${DIGEST.openSheet}: ${ctx.links.url}`, ''] : []));
  if (p) lines.push(DIGEST.howToMark);
  if (replyNote(message, ctx)) lines.push(replyNote(message, ctx));
  lines.push(footerText(ctx));
  return lines.join('\n') + '\n';
}

export function renderDigest(message: DigestMessage, ctx: DigestContext): RenderedMail {
  return { subject: digestSubject(message, ctx.organisation, !!ctx.test), html: digestHtml(message, ctx), text: digestText(message, ctx) };
}

/** The letter context of a tracker: organisation, day, horizon, and replies to the first coordinator. */
export function digestContext(t: Pick<Tracker, 'settings' | 'today'>, links: MailLinks, test?: DigestContext['test']): DigestContext {
  const s = t.settings.settings;
  return { organisation: s.organisation, today: t.today, horizonDays: s.horizonDays, replyTo: s.coordinators[0] ?? null, links, test };
}

/** This week's letters for a tracker, each rendered once: what the offline command writes out as files. */
export function weekLetters(t: Pick<Tracker, 'overview' | 'people' | 'settings' | 'today'>, links: MailLinks): { plan: DigestPlan; letters: { message: DigestMessage; mail: RenderedMail }[] } {
  const plan = trackerDigest(t);
  const ctx = digestContext(t, links);
  return { plan, letters: plan.messages.map((message) => ({ message, mail: renderDigest(message, ctx) })) };
}

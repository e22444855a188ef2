// MailApp: sending email with Google's daily recipient quota, per-message limits and address checks,
// every sent message recorded in a mailbox tests and the demo read (and write out as .html/.txt/.eml).
// https://developers.google.com/apps-script/reference/mail/mail-app
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCOPES, requireAuthorized } from './context';
import type { Env } from './env';
import { signatureMessage } from './errors';
import { instrument } from './instrument';

/** https://developers.google.com/apps-script/guides/services/quotas: recipients per day, per message, body size. */
export const MAIL_LIMITS = {
  recipientsPerDay: { consumer: 100, workspace: 1500 },
  recipientsPerMessage: 50,
  bodyBytes: { consumer: 200 * 1024, workspace: 400 * 1024 },
  /** "Quotas are per user and reset 24 hours after the first request" (same page). */
  windowMs: 24 * 60 * 60 * 1000,
} as const;

/**
 * Error texts as Apps Script reports them. Over quota: field reports (github.com/situmorang-com/gscript-mailRemainingQuota,
 * oki2a24.com 2015, localised «1 日にサービス email を実行した回数が多すぎます»). Bad address: `Invalid email: NA`
 * (github.com/ttsukagoshi/mail-merge-for-gmail/issues/391 quotes the Japanese «無効なメール: NA»). No recipient,
 * recipients per message, body size: texts quoted verbatim in scripts that catch them (public GitHub code).
 */
export const MAIL_ERRORS = {
  overQuota: 'Service invoked too many times for one day: email.',
  invalidEmail: (address: string) => `Invalid email: ${address}`,
  noRecipient: 'Failed to send email: no recipient',
  tooManyRecipients: 'Limit Exceeded: Email Recipients Per Message.',
  bodySize: 'Limit Exceeded: Email Body Size.',
} as const;

export type AccountKind = 'consumer' | 'workspace';

export interface SentAttachment {
  name: string;
  contentType: string;
  bytes: number;
}

/** One message MailApp accepted. Times are epoch ms on the fake clock. */
export interface SentMail {
  /** 1, 2, 3… in sending order. */
  id: number;
  atMs: number;
  /** The account it went from (the effective user: for a trigger, its creator). */
  from: string;
  fromName: string | null;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string | null;
  noReply: boolean;
  subject: string;
  body: string;
  htmlBody: string | null;
  attachments: SentAttachment[];
  /** The top-level function and run kind that sent it. */
  functionName: string | null;
  runKind: string;
}

interface Usage {
  used: number;
  windowStartMs: number | null;
}

/** The emulator's mail server: quota per sending user, sent messages, and files for people to look at. */
export class MailBox {
  readonly sent: SentMail[] = [];
  /** Consumer (gmail.com) or Workspace account: sets the daily recipients and body size limits. */
  account: AccountKind = 'consumer';
  /** Fake-clock time each sendEmail takes (0 by default); lets a test reach the 6-minute limit. */
  latencyMs = 0;
  private readonly usage = new Map<string, Usage>();

  constructor(private readonly env: Env) {}

  dailyLimit(): number {
    return MAIL_LIMITS.recipientsPerDay[this.account];
  }

  /** Recipients `user` may still send to today (uncounted; what getRemainingDailyQuota returns). */
  remaining(user: string = this.env.options.user): number {
    return Math.max(0, this.dailyLimit() - this.current(user).used);
  }

  /** Spends quota as other scripts of the same user would (e.g. `spend(98)` leaves 2 for today). */
  spend(recipients: number, user: string = this.env.options.user): void {
    const u = this.current(user);
    if (u.windowStartMs === null) u.windowStartMs = this.env.clock.nowMs();
    u.used += recipients;
  }

  /** Messages whose to/cc/bcc include `address` (case-insensitive). */
  to(address: string): SentMail[] {
    const a = address.toLowerCase();
    return this.sent.filter((m) => [...m.to, ...m.cc, ...m.bcc].some((x) => x.toLowerCase() === a));
  }

  /** The three forms a person can open: the HTML part, the plain-text part, and the whole message (RFC 5322, MIME). */
  files(mail: SentMail): { html: string; txt: string; eml: string } {
    return { html: mail.htmlBody ?? `<pre>${mail.body.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] as string)}</pre>`, txt: mail.body, eml: toEml(mail) };
  }

  /** Writes each message as <recipient>.html, .txt and .eml into `dir`; returns the base names. */
  writeFiles(dir: string, mails: SentMail[] = this.sent, kinds: ('html' | 'txt' | 'eml')[] = ['html', 'txt', 'eml']): string[] {
    mkdirSync(dir, { recursive: true });
    const used = new Map<string, number>();
    const names: string[] = [];
    for (const mail of mails) {
      const base = fileSafe(mail.to[0] ?? mail.cc[0] ?? mail.bcc[0] ?? `mail-${mail.id}`);
      const n = (used.get(base) ?? 0) + 1;
      used.set(base, n);
      const name = n === 1 ? base : `${base}-${n}`;
      const f = this.files(mail);
      for (const kind of kinds) writeFileSync(join(dir, `${name}.${kind}`), f[kind]);
      names.push(name);
    }
    return names;
  }

  /** @internal The usage window of a user, reset 24 h after its first use. */
  current(user: string): Usage {
    let u = this.usage.get(user);
    if (!u) this.usage.set(user, (u = { used: 0, windowStartMs: null }));
    if (u.windowStartMs !== null && this.env.clock.nowMs() >= u.windowStartMs + MAIL_LIMITS.windowMs) {
      u.used = 0;
      u.windowStartMs = null;
    }
    return u;
  }
}

const MAILBOX = Symbol('mailbox');

/** The mailbox of an emulator (one per Env; the uncounted view shares it through the prototype). */
export function mailBox(env: Env): MailBox {
  const holder = env as unknown as { [MAILBOX]?: MailBox };
  if (!holder[MAILBOX]) Object.defineProperty(env, MAILBOX, { value: new MailBox(env), enumerable: false });
  return holder[MAILBOX] as MailBox;
}

/**
 * An address as Gmail accepts it: a dot-atom local part and a domain of letters, digits and hyphens with a
 * top-level label. Google publishes no grammar; this is RFC 5322's dot-atom over ASCII, which rejects the
 * typos people make ("ivanov@school..ru", "ivanov.@school.ru", "ivanov@school"). Non-ASCII addresses
 * (e.g. a .рф domain not written in punycode) are rejected too: a guess, flagged as such.
 */
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const ADDRESS = new RegExp(`^${ATOM}(?:\\.${ATOM})*@${LABEL}(?:\\.${LABEL})*\\.[A-Za-z]{2,63}$`);

export function isDeliverableAddress(address: string): boolean {
  return ADDRESS.test(address);
}

/** "a@b.ru, Иванова <c@d.ru>" → the addresses; each entry that is not an address is reported as given. */
function parseList(value: unknown): { addresses: string[]; bad: string | null } {
  const text = value === undefined || value === null ? '' : String(value);
  const addresses: string[] = [];
  for (const raw of text.split(',')) {
    const part = raw.trim();
    if (!part) continue;
    const angle = /<([^<>]*)>\s*$/.exec(part);
    const address = (angle ? angle[1] : part).trim();
    if (!isDeliverableAddress(address)) return { addresses, bad: address };
    addresses.push(address);
  }
  return { addresses, bad: null };
}

interface Message {
  to?: unknown;
  cc?: unknown;
  bcc?: unknown;
  replyTo?: unknown;
  subject?: unknown;
  body?: unknown;
  htmlBody?: unknown;
  name?: unknown;
  noReply?: unknown;
  attachments?: unknown;
  inlineImages?: unknown;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export class MailApp implements Pick<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota'> {
  constructor(readonly env: Env) {
    mailBox(env);
  }

  /** Recipients the effective user may still send to today; "valid for the current execution" per the docs. */
  getRemainingDailyQuota(): number {
    requireAuthorized(this.env, 'MailApp', 'getRemainingDailyQuota', SCOPES.sendMail);
    return mailBox(this.env).remaining(this._sender());
  }

  /**
   * sendEmail(message) | (to, subject, body) | (to, subject, body, options) | (to, replyTo, subject, body).
   * Checks in the order a failure becomes visible: addresses, recipients per message, body size, daily quota;
   * a refused message is not recorded and spends no quota.
   */
  sendEmail(...args: unknown[]): void {
    requireAuthorized(this.env, 'MailApp', 'sendEmail', SCOPES.sendMail);
    const msg = this._message(args);
    const box = mailBox(this.env);
    const to = parseList(msg.to);
    const cc = parseList(msg.cc);
    const bcc = parseList(msg.bcc);
    for (const list of [to, cc, bcc]) if (list.bad !== null) this.env.fail(MAIL_ERRORS.invalidEmail(list.bad));
    const replyTo = msg.replyTo === undefined || msg.replyTo === null || msg.replyTo === '' ? null : String(msg.replyTo).trim();
    if (replyTo !== null && !isDeliverableAddress(replyTo)) this.env.fail(MAIL_ERRORS.invalidEmail(replyTo));
    const recipients = to.addresses.length + cc.addresses.length + bcc.addresses.length;
    if (!recipients) this.env.fail(MAIL_ERRORS.noRecipient);
    if (recipients > MAIL_LIMITS.recipientsPerMessage) this.env.fail(MAIL_ERRORS.tooManyRecipients);
    const body = msg.body === undefined || msg.body === null ? '' : String(msg.body);
    const htmlBody = msg.htmlBody === undefined || msg.htmlBody === null ? null : String(msg.htmlBody);
    if (Buffer.byteLength(body, 'utf8') + Buffer.byteLength(htmlBody ?? '', 'utf8') > MAIL_LIMITS.bodyBytes[box.account]) {
      this.env.fail(MAIL_ERRORS.bodySize);
    }
    const noReply = msg.noReply === true;
    if (noReply && box.account === 'consumer') this.env.warn('MailApp.sendEmail: noReply works only for Workspace accounts; a consumer account sends from its own address.');
    const sender = this._sender();
    const usage = box.current(sender);
    if (usage.used + recipients > box.dailyLimit()) this.env.fail(MAIL_ERRORS.overQuota);
    if (usage.windowStartMs === null) usage.windowStartMs = this.env.clock.nowMs();
    usage.used += recipients;
    if (box.latencyMs > 0) this.env.clock.advance(box.latencyMs);
    const ctx = this.env.context.current;
    box.sent.push({
      id: box.sent.length + 1,
      atMs: this.env.clock.nowMs(),
      from: sender,
      fromName: msg.name === undefined || msg.name === null ? null : String(msg.name),
      to: to.addresses,
      cc: cc.addresses,
      bcc: bcc.addresses,
      // With noReply the message comes from a no-reply address and replyTo is ignored (reference page).
      replyTo: noReply && box.account === 'workspace' ? null : replyTo,
      noReply: noReply && box.account === 'workspace',
      subject: msg.subject === undefined || msg.subject === null ? '' : String(msg.subject),
      body,
      htmlBody,
      attachments: this._attachments(msg.attachments),
      functionName: ctx.functionName ?? null,
      runKind: ctx.kind,
    });
  }

  /** The four documented signatures, or Apps Script's signature error. */
  _message(args: unknown[]): Message {
    const str = (v: unknown): boolean => typeof v === 'string';
    if (args.length === 1 && isPlainObject(args[0])) return args[0] as Message;
    if (args.length === 3 && args.every(str)) return { to: args[0], subject: args[1], body: args[2] };
    if (args.length === 4 && args.every(str)) return { to: args[0], replyTo: args[1], subject: args[2], body: args[3] };
    if (args.length === 4 && str(args[0]) && str(args[1]) && str(args[2]) && isPlainObject(args[3])) {
      return { ...(args[3] as Message), to: args[0], subject: args[1], body: args[2] };
    }
    return this.env.fail(signatureMessage(args, 'MailApp.sendEmail'));
  }

  _sender(): string {
    return this.env.context.current.activeUser || this.env.options.user;
  }

  _attachments(value: unknown): SentAttachment[] {
    if (value === undefined || value === null) return [];
    const list = Array.isArray(value) ? value : [value];
    return list.map((a) => {
      const blob = (a && typeof (a as { getBlob?: unknown }).getBlob === 'function' ? (a as { getBlob(): unknown }).getBlob() : a) as {
        getName?(): string; getContentType?(): string; getBytes?(): number[];
      };
      return {
        name: blob.getName ? String(blob.getName()) : 'attachment',
        contentType: blob.getContentType ? String(blob.getContentType()) : 'application/octet-stream',
        bytes: blob.getBytes ? blob.getBytes().length : 0,
      };
    });
  }
}

instrument(MailApp, 'MailApp', 'MailApp');

/** A name fit for a file: the address itself where possible. */
function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9@._+-]/g, '_').slice(0, 120) || 'mail';
}

/** RFC 2047 for a header with non-ASCII text. */
function headerText(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

function base64Lines(text: string): string {
  return (Buffer.from(text, 'utf8').toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

/** The message as a mail client would save it: multipart/alternative with the plain text first. */
export function toEml(mail: SentMail): string {
  const boundary = `=_roadmap_${mail.id}_${mail.atMs}`;
  const from = mail.fromName ? `${headerText(mail.fromName)} <${mail.from}>` : mail.from;
  const headers = [
    `From: ${from}`,
    mail.to.length ? `To: ${mail.to.join(', ')}` : '',
    mail.cc.length ? `Cc: ${mail.cc.join(', ')}` : '',
    mail.replyTo ? `Reply-To: ${mail.replyTo}` : '',
    `Subject: ${headerText(mail.subject)}`,
    `Date: ${new Date(mail.atMs).toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
  ].filter(Boolean);
  if (mail.htmlBody === null) {
    return [...headers, 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', base64Lines(mail.body), ''].join('\r\n');
  }
  return [
    ...headers,
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`, 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', base64Lines(mail.body),
    `--${boundary}`, 'Content-Type: text/html; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', base64Lines(mail.htmlBody),
    `--${boundary}--`, '',
  ].join('\r\n');
}

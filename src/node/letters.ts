// This week's digest letters as files a person opens or forwards from the school's own mail program:
// the HTML and plain text the core renders, and the whole message as .eml (RFC 5322, MIME, marked
// unsent so a mail program opens it ready to send). Nothing is sent. Runs in Node and the browser.
import { DIGEST, weekLetters, type Tracker } from '../core';

export interface Letter {
  to: string;
  /** A file name for the recipient (an address is safe in names on every system but for a few characters). */
  name: string;
  subject: string;
  html: string;
  text: string;
  eml: string;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of UTF-8 text, without Buffer (the browser has none) and without btoa's Latin-1 limit. */
export function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return out;
}

const headerText = (text: string): string => (/^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${base64(text)}?=`);
const lines76 = (b64: string): string => (b64.match(/.{1,76}/g) ?? []).join('\r\n');

/** The message as a mail program saves a draft: multipart/alternative, plain text first. */
export function emlOf(m: { from: string; fromName: string; to: string; replyTo: string | null; subject: string; text: string; html: string }, date: Date): string {
  const boundary = `=_roadmap_${date.getTime()}`;
  const headers = [
    m.from ? `From: ${headerText(m.fromName)} <${m.from}>` : '',
    `To: ${m.to}`,
    m.replyTo ? `Reply-To: ${m.replyTo}` : '',
    `Subject: ${headerText(m.subject)}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
    'X-Unsent: 1',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ].filter(Boolean);
  return [
    ...headers,
    '',
    `--${boundary}`, 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', lines76(base64(m.text)),
    `--${boundary}`, 'Content-Type: text/html; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', lines76(base64(m.html)),
    `--${boundary}--`, '',
  ].join('\r\n');
}

/** `date`: the moment written into the letters' Date header (the shell's clock). */
export function digestLetters(t: Tracker, date: Date): { letters: Letter[]; withoutEmail: string[] } {
  const s = t.settings.settings;
  // A file has no address to link to: letters made offline name the sheet and row instead.
  const { plan, letters } = weekLetters(t, { url: '', checkpointsGid: null, roadmapGid: null });
  const used = new Map<string, number>();
  const out = letters.map(({ message: m, mail: r }) => {
    const base = m.to.replace(/[\\/:*?"<>|\s]+/g, '_');
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const eml = emlOf({ from: s.coordinators[0] ?? '', fromName: DIGEST.senderName(s.organisation), to: m.to, replyTo: s.coordinators[0] ?? null, subject: r.subject, text: r.text, html: r.html }, date);
    return { to: m.to, name: n === 1 ? base : `${base}-${n}`, subject: r.subject, html: r.html, text: r.text, eml };
  });
  return { letters: out, withoutEmail: plan.withoutEmail };
}

// Responsible parties: splitting a «Ответственные» cell into names, and matching names to the
// people sheet, where each name or role ("ОО", "Заместитель директора по УВР") has its emails.
import { foldText } from './cells';

/**
 * "образовательные организации (далее — ОО)" names the role ОО: the abbreviation it defines is what
 * the rest of the roadmap (and the people sheet) uses.
 */
const DEFINED_AS = /^(.*?)\(\s*далее\s*[-–—:]?\s*[«"]?([^»")]+?)[»"]?\s*\)\s*$/i;

/** Names in a responsible cell: split on new lines, semicolons and commas; aliases resolved. */
export function responsibleNames(cell: string): string[] {
  const names: string[] = [];
  for (const part of cell.split(/[\n;,]+/)) {
    let name = part.replace(/\s+/g, ' ').replace(/^[\s\-–—•]+|[\s.]+$/g, '').trim();
    const alias = DEFINED_AS.exec(name);
    if (alias) name = alias[2].trim();
    if (name && !names.some((n) => nameKey(n) === nameKey(name))) names.push(name);
  }
  return names;
}

/** The form in which two spellings of one name compare equal. */
export function nameKey(name: string): string {
  // The same few names come back for every activity and every action step: folded once each.
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = foldText(name).replace(/[.\s]+$/g, '');
    if (nameKeys.size >= 4096) nameKeys.clear();
    nameKeys.set(name, key);
  }
  return key;
}
const nameKeys = new Map<string, string>();

const EMAIL = /^[^\s@,;<>()]+@[^\s@,;<>()]+\.[^\s@,;<>()]+$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}

/** Addresses in a cell, separated by commas, semicolons or new lines ("Иванова <a@b.ru>" works too); the rest reported. */
export function splitEmails(cell: string): { emails: string[]; invalid: string[] } {
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const raw of cell.split(/[,;\n]+/)) {
    const part = raw.trim();
    if (!part) continue;
    const found = part.replace(/mailto:/gi, '').split(/[\s<>()]+/).filter(isEmail);
    if (!found.length) invalid.push(part);
    for (const e of found) if (!emails.some((x) => x.toLowerCase() === e.toLowerCase())) emails.push(e);
  }
  return { emails, invalid };
}

/** The people sheet as a lookup: name key → emails (several rows for one name add up). */
export class PeopleDirectory {
  private readonly byKey = new Map<string, { name: string; emails: string[]; row: number }>();

  add(name: string, emails: string[], row: number): void {
    const key = nameKey(name);
    if (!key) return;
    const entry = this.byKey.get(key);
    if (entry) {
      for (const e of emails) if (!entry.emails.some((x) => x.toLowerCase() === e.toLowerCase())) entry.emails.push(e);
    } else this.byKey.set(key, { name, emails: emails.slice(), row });
  }

  has(name: string): boolean {
    return this.byKey.has(nameKey(name));
  }

  /** 1-based row of the name on the people sheet, or 0 when it is not listed. */
  rowOf(name: string): number {
    return this.byKey.get(nameKey(name))?.row ?? 0;
  }

  emailsOf(name: string): string[] {
    return this.byKey.get(nameKey(name))?.emails ?? [];
  }

  names(): string[] {
    return Array.from(this.byKey.values(), (e) => e.name);
  }
}

// Google's RE2 patterns (as DocumentApp's replaceText/findText take them, as strings) translated to
// JavaScript RegExps. RE2 has no backreferences or lookaround; it has \A, \z, \Q…\E, (?P<name>…),
// POSIX classes and leading flag groups. https://github.com/google/re2/wiki/Syntax
//
// Differences left: inline flag groups in the middle of a pattern ((?i:…)) are rejected rather than
// emulated, and Unicode classes (\p{…}) switch on JavaScript's `u` mode for the whole pattern.

const POSIX: Record<string, string> = {
  alnum: '0-9A-Za-z', alpha: 'A-Za-z', ascii: '\\x00-\\x7F', blank: '\\t ', cntrl: '\\x00-\\x1F\\x7F', digit: '0-9',
  graph: '!-~', lower: 'a-z', print: ' -~', punct: '!-/:-@[-`{-~', space: '\\t\\n\\v\\f\\r ', upper: 'A-Z', word: '0-9A-Za-z_', xdigit: '0-9A-Fa-f',
};

export class Re2Error extends Error {}

/** The JavaScript RegExp (global) for an RE2 pattern; throws Re2Error for syntax RE2 does not accept. */
export function re2ToRegExp(pattern: string): RegExp {
  let p = String(pattern);
  let flags = 'g';
  const lead = /^\(\?([imsU]+)\)/.exec(p);
  if (lead) {
    if (lead[1].includes('i')) flags += 'i';
    if (lead[1].includes('m')) flags += 'm';
    if (lead[1].includes('s')) flags += 's';
    p = p.slice(lead[0].length);
  }
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      const n = p[i + 1];
      if (n === undefined) throw new Re2Error('trailing \\');
      if (/[1-9]/.test(n)) throw new Re2Error('backreferences are not supported');
      if (n === 'A') { out += '^'; i++; continue; }
      if (n === 'z') { out += '$'; i++; continue; }
      if (n === 'Q') {
        const end = p.indexOf('\\E', i + 2);
        const lit = p.slice(i + 2, end < 0 ? p.length : end);
        out += lit.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
        i = end < 0 ? p.length : end + 1;
        continue;
      }
      if (n === 'p' || n === 'P') {
        flags += flags.includes('u') ? '' : 'u';
        if (p[i + 2] === '{') { const end = p.indexOf('}', i); out += p.slice(i, end + 1); i = end; }
        else { out += `\\${n}{${p[i + 2]}}`; i += 2; }
        continue;
      }
      out += c + n;
      i++;
      continue;
    }
    if (c === '(' && p[i + 1] === '?') {
      if (p.startsWith('(?P<', i)) { out += '(?<'; i += 3; continue; }
      if (p.startsWith('(?:', i)) { out += '(?:'; i += 2; continue; }
      if (/^\(\?(=|!|<=|<!)/.test(p.slice(i))) throw new Re2Error('lookaround is not supported');
      throw new Re2Error('flag groups are supported only at the start');
    }
    if (c === '[' && p.startsWith('[[:', i)) {
      const m = /^\[\[:(\^?)([a-z]+):\]\]/.exec(p.slice(i));
      if (m && POSIX[m[2]]) { out += `[${m[1]}${POSIX[m[2]]}]`; i += m[0].length - 1; continue; }
    }
    if (c === '[') {
      // POSIX classes inside a bracket: [[:digit:]а-я]
      const close = findClassEnd(p, i);
      const body = p.slice(i + 1, close).replace(/\[:(\^?)([a-z]+):\]/g, (all, neg: string, name: string) => (POSIX[name] && !neg ? POSIX[name] : all));
      out += `[${body}]`;
      i = close;
      continue;
    }
    out += c;
  }
  try {
    return new RegExp(out, flags);
  } catch (e) {
    throw new Re2Error((e as Error).message);
  }
}

function findClassEnd(p: string, start: number): number {
  let i = start + 1;
  if (p[i] === '^') i++;
  if (p[i] === ']') i++;
  for (; i < p.length; i++) {
    if (p[i] === '\\') { i++; continue; }
    if (p[i] === '[' && p[i + 1] === ':') { const end = p.indexOf(':]', i + 2); if (end > 0) { i = end + 1; continue; } }
    if (p[i] === ']') return i;
  }
  throw new Re2Error('missing ]');
}

// The house rules that keep the core pure: src/core, src/views and src/text never touch a Google
// service and never import the shell. (tsconfig.core.json also type-checks them without Google types.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '../..');
const GOOGLE = /\b(SpreadsheetApp|DocumentApp|DriveApp|Drive|Docs|MailApp|GmailApp|ScriptApp|PropertiesService|LockService|CacheService|HtmlService|Session|Utilities|UrlFetchApp|Logger)\s*\./;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const pure = ['src/core', 'src/views', 'src/text'].flatMap((d) => files(join(root, d)));

describe('the pure core', () => {
  it('exists', () => expect(pure.length).toBeGreaterThan(10));

  it.each(pure.map((f) => [relative(root, f)]))('%s calls no Google service and imports no shell', (file) => {
    const code = readFileSync(join(root, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '')
      .replace(/(['"`])(?:\\.|(?!\1).)*\1/g, "''");
    expect(code).not.toMatch(GOOGLE);
    const imports = readFileSync(join(root, file), 'utf8').match(/from\s+'([^']+)'/g) ?? [];
    for (const i of imports) expect(i).not.toMatch(/shell|emulator|node:/);
  });
});

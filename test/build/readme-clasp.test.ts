// The README's «Установка в Google Таблицу» against clasp 3.4.1's own source: every clasp command it names
// exists with those options, and the container-bound `--parentId` trap is not recommended.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Установка в Google Таблицу'), readme.indexOf('## Как пользоваться'));
const command = (name: string): string => readFileSync(join(root, 'node_modules/@google/clasp/build/src/commands', `${name}.js`), 'utf8');

describe('README: installing with clasp 3.4.1', () => {
  it('clasp ignores --parentId for container-bound create-script, so the README does not tell anyone to use it', () => {
    const create = command('create-script');
    const from = create.indexOf('if (!STANDALONE_SCRIPT_TYPES.has(type))');
    const bound = create.slice(from, create.indexOf('// Handle standalone script creation.', from));
    expect(bound).toContain('createWithContainer(name, mimeType)');
    expect(bound).not.toMatch(/[^.\w]parentId\b/); // only result.parentId (the new file): the option is never read here
    expect(section).not.toMatch(/npx clasp create-script[^`]*--parentId/); // named only as what not to do
  });

  it('every `npx clasp …` command in the section exists in clasp 3.4.1 with the options used', () => {
    const used = Array.from(section.matchAll(/npx clasp ([a-z-]+)([^`]*)`/g)).map((m) => ({ name: m[1], options: Array.from(m[2].matchAll(/--([A-Za-z]+)/g)).map((o) => o[1]) }));
    expect(used.map((u) => u.name)).toEqual(expect.arrayContaining(['login', 'create-script', 'clone-script', 'show-authorized-user']));
    for (const u of used) {
      const source = command(u.name);
      for (const o of u.options) expect(source).toContain(`--${o}`);
    }
  });
});

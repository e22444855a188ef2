// Contract test: every Docs and Drive request the add-on builds (recorded while it makes reports on the
// emulator, from the default template and from hostile ones) is checked against Google's published Docs v1 /
// Drive v3 types (@googleapis/docs, @googleapis/drive, read from their .d.ts): every field exists with its
// type, every update*Style / update*Properties request has a `fields` mask naming fields of its style, and
// every Drive call asks for the `fields` it reads (without a mask Drive v3 returns only id, name, mimeType, kind).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { docs_v1 } from '@googleapis/docs';
import type { drive_v3 } from '@googleapis/drive';
import { DocModel, INLINE_MARK, ParagraphNode, tableFromCells } from '../../emulator/document/model';
import { SETTINGS_LABELS, SHEETS } from '../../src/text/ru';
import { world } from '../e2e/helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */
const root = join(__dirname, '..', '..');
type Schema = Map<string, string>; // property → its declared type text
function readSchemas(file: string): Map<string, Schema> {
  const text = readFileSync(join(root, 'node_modules', file), 'utf8').replace(/\/\*\*[\s\S]*?\*\//g, '');
  const out = new Map<string, Schema>();
  for (const m of text.matchAll(/interface (\w+\$?[\w$]*)(?: extends (\w+))? \{([\s\S]*?)\n {4}\}/g)) {
    const props: Schema = new Map(m[2] ? out.get(m[2]) ?? [] : []);
    for (const p of m[3].matchAll(/^\s{8}'?([\w@-]+)'?\?: ([^;]+);$/gm)) props.set(p[1], p[2].trim());
    out.set(m[1], props);
  }
  return out;
}
const DOCS = readSchemas('@googleapis/docs/build/v1.d.ts');
const DRIVE = readSchemas('@googleapis/drive/build/v3.d.ts');

/** Problems of `value` against the declared type `type` (a Schema$ name, an array of one, or a primitive). */
function check(schemas: Map<string, Schema>, type: string, value: unknown, path: string, out: string[]): void {
  const t = type.replace(/\s+/g, ' ').replace(/\s*\|\s*null$/, '').trim();
  if (t.endsWith('[]')) {
    if (!Array.isArray(value)) { out.push(`${path}: expected an array (${t})`); return; }
    value.forEach((v, i) => check(schemas, t.slice(0, -2), v, `${path}[${i}]`, out));
    return;
  }
  if (t === 'string' || t === 'number' || t === 'boolean') {
    if (typeof value !== t) out.push(`${path}: expected ${t}, got ${typeof value}`);
    return;
  }
  if (t.startsWith('{ [key: string]: string')) {
    if (typeof value !== 'object' || !value || Object.values(value).some((v) => typeof v !== 'string')) out.push(`${path}: expected a string map`);
    return;
  }
  const schema = schemas.get(t);
  if (!schema) { if (t !== 'any' && t !== 'unknown') out.push(`${path}: unknown type ${t}`); return; }
  if (typeof value !== 'object' || value === null) { out.push(`${path}: expected ${t}`); return; }
  for (const [k, v] of Object.entries(value)) {
    const declared = schema.get(k);
    if (!declared) out.push(`${path}.${k}: no such field in ${t}`);
    else check(schemas, declared, v, `${path}.${k}`, out);
  }
}

/** The style object each masked request updates: its `fields` must name fields of that schema. */
const MASKED: Record<string, [string, string]> = {
  updateTextStyle: ['textStyle', 'Schema$TextStyle'],
  updateParagraphStyle: ['paragraphStyle', 'Schema$ParagraphStyle'],
  updateTableCellStyle: ['tableCellStyle', 'Schema$TableCellStyle'],
  updateTableColumnProperties: ['tableColumnProperties', 'Schema$TableColumnProperties'],
  updateTableRowStyle: ['tableRowStyle', 'Schema$TableRowStyle'],
  updateDocumentStyle: ['documentStyle', 'Schema$DocumentStyle'],
  updateSectionStyle: ['sectionStyle', 'Schema$SectionStyle'],
};

export function docsProblems(requests: unknown[]): string[] {
  const out: string[] = [];
  check(DOCS, 'Schema$BatchUpdateDocumentRequest', { requests }, 'batchUpdate', out);
  requests.forEach((r, i) => {
    const kinds = Object.keys(r as object);
    if (kinds.length !== 1) out.push(`requests[${i}]: exactly one kind expected, got ${kinds.join(',')}`);
    const masked = MASKED[kinds[0]];
    if (!masked) return;
    const body = (r as any)[kinds[0]];
    const fields = String(body.fields ?? '');
    if (!fields) { out.push(`requests[${i}].${kinds[0]}: no fields mask`); return; }
    if (fields === '*') return;
    for (const f of fields.split(',').map((s) => s.trim().split('.')[0])) {
      if (!DOCS.get(masked[1])?.has(f)) out.push(`requests[${i}].${kinds[0]}.fields: ${f} is not a field of ${masked[1]}`);
    }
  });
  return out;
}

const DRIVE_PARAMS: Record<string, string> = {
  get: 'Params$Resource$Files$Get', create: 'Params$Resource$Files$Create', copy: 'Params$Resource$Files$Copy',
  list: 'Params$Resource$Files$List', remove: 'Params$Resource$Files$Delete', update: 'Params$Resource$Files$Update',
};

/** Fields named in a Drive mask (`id,name`, `files(id,webViewLink)`), each checked against File or FileList. */
function maskProblems(mask: string, top: string, path: string, out: string[]): void {
  let depth = 0;
  let word = '';
  const parts: string[] = [];
  for (const ch of mask + ',') {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) { parts.push(word.trim()); word = ''; } else word += ch;
  }
  for (const p of parts.filter(Boolean)) {
    const m = /^(\w+)(?:\((.*)\))?$/.exec(p);
    if (!m) { out.push(`${path}: cannot read mask ${p}`); continue; }
    const declared = DRIVE.get(top)?.get(m[1]);
    if (!declared) out.push(`${path}: ${m[1]} is not a field of ${top}`);
    else if (m[2]) maskProblems(m[2], declared.replace(/\[\]|\s*\|\s*null/g, '').trim(), path, out);
  }
}

export function driveProblems(method: string, args: unknown[]): string[] {
  const out: string[] = [];
  const params = DRIVE_PARAMS[method];
  if (!params) return [`Drive.Files.${method}: not a Files method the contract knows`];
  let resource: unknown;
  let optional: Record<string, unknown> = {};
  if (method === 'get') optional = (args[1] ?? {}) as Record<string, unknown>;
  else if (method === 'list') optional = (args[0] ?? {}) as Record<string, unknown>;
  else if (method === 'create') { resource = args[0]; optional = (args[2] ?? {}) as Record<string, unknown>; }
  else if (method === 'copy') { resource = args[0]; optional = (args[2] ?? {}) as Record<string, unknown>; }
  else if (method === 'update') { resource = args[0]; optional = (args[3] ?? {}) as Record<string, unknown>; }
  if (resource !== undefined) check(DRIVE, 'Schema$File', resource, `Drive.Files.${method}(resource)`, out);
  for (const [k, v] of Object.entries(optional)) {
    const declared = DRIVE.get(params)?.get(k);
    if (!declared) out.push(`Drive.Files.${method}: ${k} is not a parameter of files.${method}`);
    else check(DRIVE, declared, v, `Drive.Files.${method}.${k}`, out);
  }
  if (method !== 'remove') {
    const mask = optional.fields;
    if (typeof mask !== 'string' || !mask) out.push(`Drive.Files.${method}: no fields mask`);
    else maskProblems(mask, method === 'list' ? 'Schema$FileList' : 'Schema$File', `Drive.Files.${method}.fields`, out);
  }
  return out;
}

// The types themselves, at compile time: the recorded shapes must also be assignable to Google's.
type DocsBatch = docs_v1.Schema$BatchUpdateDocumentRequest;
type DriveFile = drive_v3.Schema$File;
const typed: { batch: DocsBatch; file: DriveFile } = {
  batch: { requests: [{ updateTextStyle: { range: { startIndex: 1, endIndex: 2 }, textStyle: { bold: true }, fields: 'bold' } }] },
  file: { name: 'x', mimeType: 'application/vnd.google-apps.folder', parents: ['p'], appProperties: { a: 'b' } },
};

function recordReports(): { docs: unknown[][]; drive: [string, unknown[]][] } {
  const w = world('2024-06-20T10:00');
  w.run('onOpen', { as: 'simple' });
  w.run('setupStructure');
  const docs: unknown[][] = [];
  const drive: [string, unknown[]][] = [];
  const D = (w.emu.globals as any).Docs.Documents;
  const batch = D.batchUpdate.bind(D);
  D.batchUpdate = (resource: { requests: unknown[] }, id: string) => { docs.push(JSON.parse(JSON.stringify(resource.requests))); return batch(resource, id); };
  const F = (w.emu.globals as any).Drive.Files;
  for (const m of Object.keys(DRIVE_PARAMS)) {
    const original = F[m]?.bind(F);
    if (original) F[m] = (...args: unknown[]) => { drive.push([m, JSON.parse(JSON.stringify(args.map((a) => (a && typeof a === 'object' && 'getBytes' in (a as object) ? '<blob>' : a))))]); return original(...args); };
  }
  const run = (options: unknown) => w.app.run('createReport', { as: 'dialog', args: [options] }) as { ok: boolean };
  expect(run({ period: 'upTo', date: '2024-06-20', pdf: true }).ok).toBe(true);
  expect(run({ period: 'year', year: 2023 }).ok).toBe(true);
  // A school's own template with a page number, an image, a note above a table and an unknown placeholder.
  const model = new DocModel('t', 'Свой шаблон');
  const p = (text: string) => new ParagraphNode(text);
  const withFields = new ParagraphNode();
  withFields.runs = [{ text: INLINE_MARK, style: { inline: 'IMAGE' } }, { text: ' {{Организация}} {{Директор}}', style: {} }];
  model.body.children = [withFields, p('✎ памятка'), tableFromCells([['Подпись']]), p('{{Таблица}}')];
  for (const b of model.body.children) b.parent = model.body;
  const file = w.emu.drive.addDocument('Свой шаблон', w.emu.drive.rootId, false, model);
  const row = w.emu.peek(SHEETS.settings).displayValues.findIndex((r) => r[0] === SETTINGS_LABELS.template) + 1;
  w.emu.poke(SHEETS.settings, `B${row}`, [[`https://docs.google.com/document/d/${file.id}/edit`]]);
  expect(run({ period: 'plan', pdf: true }).ok).toBe(true);
  return { docs, drive };
}

describe('Docs v1 and Drive v3 requests against Google\'s published types', () => {
  const recorded = recordReports();

  it('every batchUpdate request is a Docs v1 Request with a fields mask naming real fields', () => {
    const all = recorded.docs.flat();
    expect(all.length).toBeGreaterThan(50);
    expect(recorded.docs.flatMap((requests) => docsProblems(requests))).toEqual([]);
  });

  it('every Drive.Files call has known parameters, a File-shaped resource and a fields mask of File fields', () => {
    expect(new Set(recorded.drive.map(([m]) => m))).toEqual(new Set(['get', 'list', 'create', 'copy']));
    expect(recorded.drive.flatMap(([m, args]) => driveProblems(m, args))).toEqual([]);
  });

  it('the checks bite: a misspelt field, a missing mask, a mask naming no field, a missing Drive mask', () => {
    expect(typed.batch.requests).toHaveLength(1);
    expect(docsProblems([{ updateTextStyle: { range: { startIndex: 1, endIndex: 2 }, textStyle: { bolt: true }, fields: 'bolt' } }]).join('\n'))
      .toMatch(/textStyle\.bolt: no such field[\s\S]*bolt is not a field/);
    expect(docsProblems([{ updateTextStyle: { range: { startIndex: 1, endIndex: 2 }, textStyle: { bold: true } } }])).toEqual(['requests[0].updateTextStyle: no fields mask']);
    expect(docsProblems([{ replaceAllText: { containsText: { text: 'a', matchcase: true }, replaceText: 'b' } }])[0]).toContain('matchcase');
    expect(driveProblems('get', ['id', {}])).toEqual(['Drive.Files.get: no fields mask']);
    expect(driveProblems('list', [{ q: 'x', fields: 'files(id,webViewLnk)' }])).toEqual(['Drive.Files.list.fields: webViewLnk is not a field of Schema$File']);
    expect(driveProblems('create', [{ name: 'x', parent: ['p'] }, undefined, { fields: 'id' }])[0]).toContain('parent: no such field');
  });
});

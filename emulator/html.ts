// HtmlService: HTML outputs for dialogs and sidebars, and templates with <?= ?>, <?!= ?> and <? ?> scriptlets.
// https://developers.google.com/apps-script/reference/html/html-service · https://developers.google.com/apps-script/guides/html/templates
import * as vm from 'node:vm';
import type { Env } from './env';
import { signatureMessage } from './errors';
import { instrument } from './instrument';

/** Only IFRAME is honoured today; the others are accepted for old code (https://developers.google.com/apps-script/guides/html/restrictions). */
export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

export function escapeHtml(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export class HtmlService {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(readonly env: Env) {}

  createHtmlOutput(html?: string | { getDataAsString(): string }): HtmlOutput {
    const content = html === undefined ? '' : typeof html === 'string' ? html : html.getDataAsString();
    return new HtmlOutput(this.env, content);
  }

  /** Files are registered on the emulator (`emu.addHtmlFile(name, html)`): the bundle itself has only Code.js. */
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(this.env, this._file(filename));
  }

  createTemplate(html: string | { getDataAsString(): string }): HtmlTemplate {
    return new HtmlTemplate(this.env, typeof html === 'string' ? html : html.getDataAsString());
  }

  createTemplateFromFile(filename: string): HtmlTemplate {
    return new HtmlTemplate(this.env, this._file(filename));
  }

  _file(name: string): string {
    const html = this.env.htmlFiles.get(name) ?? this.env.htmlFiles.get(String(name).replace(/\.html$/, ''));
    if (html === undefined) this.env.fail(`No HTML file named ${name} was found.`);
    return html;
  }
}

export class HtmlOutput implements Pick<GoogleAppsScript.HTML.HtmlOutput, 'getContent' | 'getTitle'> {
  _title = '';
  _width: number | null = null;
  _height: number | null = null;
  _sandbox: string = SandboxMode.IFRAME;
  _xframe: string = XFrameOptionsMode.DEFAULT;
  _meta: { name: string; content: string }[] = [];
  constructor(readonly env: Env, public _content: string) {}

  getContent(): string {
    return this._content;
  }
  setContent(content: string): HtmlOutput {
    this._content = String(content);
    return this;
  }
  append(addedContent: string): HtmlOutput {
    this._content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): HtmlOutput {
    this._content += escapeHtml(addedContent);
    return this;
  }
  clear(): HtmlOutput {
    this._content = '';
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setTitle(title: string): HtmlOutput {
    this._title = String(title);
    return this;
  }
  /** Initial size of a dialog in pixels (null until set). */
  getWidth(): number {
    return this._width as number;
  }
  setWidth(width: number): HtmlOutput {
    if (typeof width !== 'number') this.env.fail(signatureMessage([width], 'HtmlOutput.setWidth'));
    this._width = width;
    return this;
  }
  getHeight(): number {
    return this._height as number;
  }
  setHeight(height: number): HtmlOutput {
    if (typeof height !== 'number') this.env.fail(signatureMessage([height], 'HtmlOutput.setHeight'));
    this._height = height;
    return this;
  }
  setSandboxMode(mode: string): HtmlOutput {
    this._sandbox = String(mode);
    return this;
  }
  getSandboxMode(): string {
    return this._sandbox;
  }
  setXFrameOptionsMode(mode: string): HtmlOutput {
    this._xframe = String(mode);
    return this;
  }
  setFaviconUrl(_url: string): HtmlOutput {
    return this;
  }
  addMetaTag(name: string, content: string): HtmlOutput {
    this._meta.push({ name: String(name), content: String(content) });
    return this;
  }
  asTemplate(): HtmlTemplate {
    return new HtmlTemplate(this.env, this._content);
  }
}

const RAW = Symbol('raw');

/**
 * A template: assign variables as properties (`t.rows = …`), then evaluate(). Scriptlets run in the
 * script's realm when a bundle is loaded, so they can call the script's global functions.
 */
export class HtmlTemplate {
  declare readonly env: Env;
  declare readonly [RAW]: string;

  constructor(env: Env, raw: string) {
    // Not enumerable: every enumerable own property is a template variable.
    Object.defineProperty(this, 'env', { value: env });
    Object.defineProperty(this, RAW, { value: raw });
  }

  getRawContent(): string {
    return this[RAW];
  }

  /** The JavaScript the template compiles to (as Apps Script's getCode shows, not byte-identical). */
  getCode(): string {
    return compileTemplate(this[RAW]);
  }

  evaluate(): HtmlOutput {
    const data: Record<string, unknown> = {};
    for (const k of Object.keys(this)) data[k] = (this as unknown as Record<string, unknown>)[k];
    const out = new HtmlOutput(this.env, '');
    const parts: string[] = [];
    const output = {
      append: (s: unknown) => { parts.push(String(s)); return output; },
      appendUntrusted: (s: unknown) => { parts.push(escapeHtml(s)); return output; },
      getContent: () => parts.join(''),
    };
    const code = `(function (__data, __out, __esc, __str, output) { with (__data) { ${compileTemplate(this[RAW])} } })`;
    const realmContext = this.env.realm.context;
    const fn = (realmContext ? vm.runInContext(code, realmContext) : vm.runInThisContext(code)) as (...a: unknown[]) => void;
    fn(data, parts, escapeHtml, (v: unknown) => (v === null || v === undefined ? '' : String(v)), output);
    out._content = parts.join('');
    return out;
  }
}

/** Template text → statements: text and <?= ?> / <?!= ?> push to __out, <? ?> is code. */
export function compileTemplate(raw: string): string {
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let code = '';
  let last = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    if (m.index > last) code += `__out.push(${JSON.stringify(raw.slice(last, m.index))});\n`;
    const body = m[2].trim();
    if (m[1] === '=') code += `__out.push(__esc(${body}));\n`;
    else if (m[1] === '!=') code += `__out.push(__str(${body}));\n`;
    else code += `${m[2]}\n`;
    last = re.lastIndex;
  }
  if (last < raw.length) code += `__out.push(${JSON.stringify(raw.slice(last))});\n`;
  return code;
}

instrument(HtmlService, 'HtmlService', 'HtmlService');
instrument(HtmlOutput, 'HtmlService', 'HtmlOutput');
instrument(HtmlTemplate, 'HtmlService', 'HtmlTemplate');

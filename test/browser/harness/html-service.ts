// An HtmlService page (dialog or sidebar) as Apps Script shows it: inside a sandboxed iframe on its own
// origin, in a host page standing in for the spreadsheet, with google.script.run calling the real
// server function of the built bundle. Tests click, type and read through the HtmlServicePage helpers.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import type { DialogRecord } from '../../../emulator/ui';
import type { LoadedBundle } from '../../../emulator/runtime';

/**
 * Apps Script's IFRAME sandbox for a container-bound script's dialogs and sidebars
 * (https://developers.google.com/apps-script/guides/html/restrictions «Restrictions in IFRAME mode»;
 * `allow-top-navigation-by-user-activation` is set only for stand-alone projects, so not here).
 */
export const IFRAME_SANDBOX = [
  'allow-same-origin', 'allow-forms', 'allow-scripts', 'allow-popups', 'allow-downloads', 'allow-modals',
  'allow-popups-to-escape-sandbox',
].join(' ');

/** Made-up origins: the spreadsheet, and the user-content origin Google serves the page from. */
const HOST_ORIGIN = 'https://docs.google.test';
const USER_HOST = 'n-harness-script.googleusercontent.test';
const USER_URL = `https://${USER_HOST}/userCodeAppPanel`;
const BINDING = '__harnessServer';

const IN_PAGE = readFileSync(path.join(__dirname, 'in-page.js'), 'utf8');

/** The server side google.script.run reaches: the public functions and how to call one. */
export interface Server {
  functions: string[];
  /** Runs `name` with arguments given as JSON (a copy, as Google sends it); returns the result or throws. */
  call(name: string, argsJson: string): unknown;
}

/** The built bundle on the emulator as the server: arguments parsed in the bundle's own realm. */
export function bundleServer(app: LoadedBundle): Server {
  const parse = vm.runInContext('JSON.parse', app.context) as (s: string) => unknown[];
  return {
    // Names ending in '_' are private: google.script.run cannot call them.
    functions: app.functions.filter((n) => !n.endsWith('_')),
    call: (name, argsJson) => app.run(name, { as: 'dialog', args: parse(argsJson) }),
  };
}

/** What the page's script sent to the server, in order. */
export interface ServerCall {
  name: string;
  args: unknown[];
}

type Reply = { ok: true; json: string | undefined } | { ok: false; message: string; noErrorObject?: boolean };

/**
 * A return value as it reaches the success handler: JSON, except that a Date (or function) anywhere makes
 * the whole value null — a field-reported behaviour (not in Google's docs): the docs only say such values are illegal.
 */
function replyValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const bad = (v: unknown): boolean =>
    typeof v === 'function' || Object.prototype.toString.call(v) === '[object Date]' ||
    (v !== null && typeof v === 'object' && Object.values(v as object).some(bad));
  return bad(value) ? 'null' : JSON.stringify(value);
}

/** The failure handler's text for a server exception: "Exception: …" for Google's errors, "Error: …" for the script's. */
function errorMessage(e: unknown): string {
  const err = e as { name?: unknown; message?: unknown } | null;
  return err && typeof err.message === 'string' ? `${typeof err.name === 'string' ? err.name : 'Error'}: ${err.message}` : String(e);
}

export interface OpenOptions {
  /** The page's HTML, e.g. `emu.ui.lastDialog().html`. */
  html: string;
  kind?: DialogRecord['kind'];
  title?: string;
  /** Size of the dialog's content area; a sidebar is 300 px wide. */
  width?: number | null;
  height?: number | null;
  server: Server;
}

/** Opens a dialog or sidebar the emulator recorded (`emu.ui.lastDialog()`), served by the bundle. */
export function openDialog(browser: Browser, dialog: DialogRecord, app: LoadedBundle): Promise<HtmlServicePage> {
  return openHtmlServicePage(browser, { ...dialog, server: bundleServer(app) });
}

export async function openHtmlServicePage(browser: Browser, options: OpenOptions): Promise<HtmlServicePage> {
  const kind = options.kind ?? 'modal';
  // Google's defaults when setWidth/setHeight are not called (https://developers.google.com/apps-script/reference/html/html-output).
  const width = kind === 'sidebar' ? 300 : options.width ?? 600;
  const height = options.height ?? (kind === 'sidebar' ? 700 : 400);
  const context = await browser.newContext({
    locale: 'ru-RU', timezoneId: 'Europe/Moscow', viewport: { width: width + 80, height: height + 120 },
  });
  // A missing element fails the test in seconds, not at jest's 30 s timeout.
  context.setDefaultTimeout(5000);
  const page = await context.newPage();
  const self = new HtmlServicePage(context, page, options.server, kind);
  await context.addInitScript({
    content: `(${IN_PAGE.trim()})(${JSON.stringify({ userHost: USER_HOST, hostOrigin: HOST_ORIGIN, binding: BINDING, functions: options.server.functions })});`,
  });
  await page.exposeBinding(BINDING, (_source, name: string, json: string) => self.serve(name, json));
  await page.exposeBinding(`${BINDING}Host`, (_source, action: string, value: unknown) => self.hostAction(action, value));
  page.on('pageerror', (e) => self.errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') self.errors.push(m.text()); });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === `${HOST_ORIGIN}/`) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: hostPage(options.title ?? '', kind, width, height) });
    if (url === USER_URL) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: options.html });
    self.blocked.push(url); // nothing leaves the machine
    return route.abort();
  });
  await page.goto(`${HOST_ORIGIN}/`);
  const frame = page.frame({ url: USER_URL });
  if (!frame) throw new Error('the dialog frame did not load');
  await frame.waitForLoadState('load');
  self.frame = frame;
  return self;
}

/** The spreadsheet stand-in: a title bar and the sandboxed frame, sized as Google sizes it. */
function hostPage(title: string, kind: string, width: number, height: number): string {
  const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
    body { margin: 0; font: 14px Arial, sans-serif; } #title { padding: 8px 16px; font-size: 16px; }
    iframe { border: 0; display: block; width: ${width}px; height: ${height}px; }
  </style></head><body>
  <div id="dialog" data-kind="${kind}"><div id="title">${esc(title)}</div>
  <iframe id="userHtmlFrame" title="${esc(title)}" sandbox="${IFRAME_SANDBOX}" src="${USER_URL}"></iframe></div>
  </body></html>`;
}

/** One open page and everything a test does with it. */
export class HtmlServicePage {
  frame!: Frame;
  /** google.script.run calls that reached the server, in order. */
  readonly calls: ServerCall[] = [];
  /** Requests the page tried to make outside the two served documents (all refused). */
  readonly blocked: string[] = [];
  /** Script errors and console.error lines of the page. */
  readonly errors: string[] = [];
  closed = false;
  /** What setHeight/setWidth/editor.focus asked for. */
  readonly hostCalls: { action: string; value: unknown }[] = [];
  private failures = new Map<string, (string | undefined)[]>();

  constructor(readonly context: BrowserContext, readonly page: Page, private readonly server: Server, readonly kind: string) {}

  /**
   * Makes the next call of `name` fail as Google's would, before reaching the server: with an Error of this
   * message (e.g. «Exception: Service Spreadsheets timed out…»), or with no error object at all (undefined).
   */
  failNext(name: string, message: string | undefined): void {
    this.failures.set(name, [...(this.failures.get(name) ?? []), message]);
  }

  /** @internal the binding behind google.script.run */
  serve(name: string, json: string): Reply {
    this.calls.push({ name, args: JSON.parse(json) as unknown[] });
    const queued = this.failures.get(name);
    if (queued && queued.length) {
      const message = queued.shift();
      return message === undefined ? { ok: false, message: '', noErrorObject: true } : { ok: false, message };
    }
    if (!this.server.functions.includes(name)) return { ok: false, message: `Exception: Script function not found: ${name}` };
    try {
      return { ok: true, json: replyValue(this.server.call(name, json)) };
    } catch (e) {
      return { ok: false, message: errorMessage(e) };
    }
  }

  /** @internal the binding behind google.script.host */
  hostAction(action: string, value: unknown): void {
    this.hostCalls.push({ action, value });
    if (action !== 'close') return;
    this.closed = true;
    // The dialog disappears; after the current call returns, as Google's host does.
    setTimeout(() => void this.page.evaluate('document.getElementById("dialog").remove()').catch(() => undefined), 0);
  }

  /** Waits until every google.script.run call has come back and its handler has run. */
  async idle(): Promise<void> {
    if (this.closed) return;
    await this.frame.waitForFunction('!window.__gas || window.__gas.pending === 0');
  }

  async click(selector: string): Promise<void> {
    await this.frame.locator(selector).first().click();
  }

  /** Focuses a field and types keys as a person does (a date field: focus lands on its first part, the day). */
  async type(selector: string, keys: string): Promise<void> {
    const field = this.frame.locator(selector).first();
    await field.evaluate('el => el.blur()');
    await field.focus();
    await this.page.keyboard.type(keys);
  }

  /** Presses one key (Enter, Tab, Backspace, ArrowDown…) where the focus is. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async select(selector: string, value: string): Promise<void> {
    await this.frame.locator(selector).first().selectOption(value);
  }

  /** Text a person reads (innerText: hidden parts excluded). */
  async text(selector = 'body'): Promise<string> {
    return this.frame.locator(selector).first().innerText();
  }

  async value(selector: string): Promise<string> {
    return this.frame.locator(selector).first().inputValue();
  }

  async visible(selector: string): Promise<boolean> {
    return this.frame.locator(selector).first().isVisible();
  }

  /** Name (id, or name=value) of the focused field. */
  async focused(): Promise<string> {
    return (await this.frame.evaluate(
      '(() => { const e = document.activeElement; return e ? (e.id || (e.name ? e.name + "=" + e.value : e.tagName.toLowerCase())) : ""; })()',
    )) as string;
  }

  overflow(): Promise<Overflow> {
    return this.frame.evaluate('window.__look.overflow()') as Promise<Overflow>;
  }

  links(): Promise<PageLink[]> {
    return this.frame.evaluate('window.__look.links()') as Promise<PageLink[]>;
  }

  /** Runs a browser-side expression in the dialog (a string: test code is not type-checked against the DOM). */
  evaluate<T>(expression: string): Promise<T> {
    return this.frame.evaluate(expression) as Promise<T>;
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

export interface Overflow {
  width: number;
  scrollWidth: number;
  offenders: string[];
}

export interface PageLink {
  href: string;
  target: string;
  text: string;
}

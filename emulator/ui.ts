// The spreadsheet UI (SpreadsheetApp.getUi()): menus, alerts, prompts and dialogs — recorded for tests,
// with scripted answers. https://developers.google.com/apps-script/reference/base/ui
import type { Env } from './env';
import { EmulatorUsageError, signatureMessage } from './errors';
import { HtmlOutput } from './html';
import { instrument } from './instrument';

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

/** Enums are plain strings: `r === ui.Button.YES` and `String(r)` behave as in Apps Script. */
export const Button: Record<ButtonName, ButtonName> = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
export const ButtonSet: Record<ButtonSetName, ButtonSetName> = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'], OK_CANCEL: ['OK', 'CANCEL'], YES_NO: ['YES', 'NO'], YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export type MenuItemRecord =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuItemRecord[] };
export interface MenuRecord {
  caption: string;
  /** Made by createAddonMenu(): shown under Extensions › add-on name. */
  addon: boolean;
  items: MenuItemRecord[];
}
export interface AlertRecord {
  title: string | null;
  prompt: string;
  buttons: ButtonSetName;
  answer: ButtonName;
}
export interface PromptRecord {
  title: string | null;
  prompt: string;
  buttons: ButtonSetName;
  answer: { text: string; button: ButtonName };
}
export interface DialogRecord {
  kind: 'modal' | 'modeless' | 'sidebar';
  title: string;
  html: string;
  width: number | null;
  height: number | null;
}
export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

/** Everything the UI showed, and the answers a test scripted for the next alerts and prompts. */
export class UiRecorder {
  menus: MenuRecord[] = [];
  alerts: AlertRecord[] = [];
  prompts: PromptRecord[] = [];
  dialogs: DialogRecord[] = [];
  toasts: ToastRecord[] = [];
  private answers: ButtonName[] = [];
  private promptAnswers: { text: string; button: ButtonName }[] = [];

  /** Buttons the person will press at the next alerts, in order. Unscripted alerts answer OK if offered, else CLOSE. */
  answerNext(...buttons: ButtonName[]): void {
    this.answers.push(...buttons);
  }

  /** What the person types and presses at the next prompt. Unscripted prompts are closed (CLOSE, ''). */
  answerPromptNext(text: string, button: ButtonName = 'OK'): void {
    this.promptAnswers.push({ text, button });
  }

  /** Scripted answers not used yet (a test can assert 0 at its end). */
  pendingAnswers(): number {
    return this.answers.length + this.promptAnswers.length;
  }

  menu(caption: string): MenuRecord | undefined {
    return this.menus.find((m) => m.caption === caption);
  }

  /** Every function name a menu item calls (sub-menus included). */
  menuFunctions(): string[] {
    const out: string[] = [];
    const walk = (items: MenuItemRecord[]): void => {
      for (const i of items) {
        if (i.kind === 'item') out.push(i.functionName);
        else if (i.kind === 'submenu') walk(i.items);
      }
    };
    for (const m of this.menus) walk(m.items);
    return out;
  }

  lastAlert(): AlertRecord | undefined {
    return this.alerts[this.alerts.length - 1];
  }

  lastDialog(): DialogRecord | undefined {
    return this.dialogs[this.dialogs.length - 1];
  }

  lastToast(): ToastRecord | undefined {
    return this.toasts[this.toasts.length - 1];
  }

  reset(): void {
    this.menus = [];
    this.alerts = [];
    this.prompts = [];
    this.dialogs = [];
    this.toasts = [];
    this.answers = [];
    this.promptAnswers = [];
  }

  /** @internal */
  _answerAlert(buttons: ButtonSetName): ButtonName {
    const next = this.answers.shift();
    if (next === undefined) return BUTTONS_OF[buttons].includes('OK') ? 'OK' : 'CLOSE';
    if (next !== 'CLOSE' && !BUTTONS_OF[buttons].includes(next)) {
      throw new EmulatorUsageError(`Scripted answer ${next} is not a button of ButtonSet.${buttons}`);
    }
    return next;
  }

  /** @internal */
  _answerPrompt(buttons: ButtonSetName): { text: string; button: ButtonName } {
    const next = this.promptAnswers.shift();
    if (next === undefined) return { text: '', button: 'CLOSE' };
    if (next.button !== 'CLOSE' && !BUTTONS_OF[buttons].includes(next.button)) {
      throw new EmulatorUsageError(`Scripted prompt answer ${next.button} is not a button of ButtonSet.${buttons}`);
    }
    return next;
  }
}

function isButtonSet(v: unknown): v is ButtonSetName {
  return typeof v === 'string' && v in BUTTONS_OF;
}

export class Ui implements Pick<GoogleAppsScript.Base.Ui, 'alert'> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(readonly env: Env) {}

  createMenu(caption: string): Menu {
    if (typeof caption !== 'string') this.env.fail(signatureMessage([caption], 'Ui.createMenu'));
    return new Menu(this.env, caption, false);
  }

  /** Published add-ons must use this: the menu appears under Extensions › add-on name (https://developers.google.com/workspace/add-ons/concepts/menus). */
  createAddonMenu(): Menu {
    return new Menu(this.env, this.env.options.addonName, true);
  }

  /** alert(prompt) · alert(prompt, buttons) · alert(title, prompt, buttons); returns the button pressed. */
  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    const { title, prompt, buttons } = this._dialogArgs(args, 'Ui.alert');
    const answer = this.env.ui._answerAlert(buttons);
    this.env.ui.alerts.push({ title, prompt, buttons, answer });
    return answer as unknown as GoogleAppsScript.Base.Button;
  }

  /** prompt(prompt) · prompt(prompt, buttons) · prompt(title, prompt, buttons); the text comes back even on Cancel. */
  prompt(...args: unknown[]): PromptResponse {
    const { title, prompt, buttons } = this._dialogArgs(args, 'Ui.prompt', 'OK');
    const answer = this.env.ui._answerPrompt(buttons);
    this.env.ui.prompts.push({ title, prompt, buttons, answer });
    return new PromptResponse(this.env, answer.text, answer.button);
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this._dialog('modal', userInterface, title, [userInterface, title], 'Ui.showModalDialog');
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this._dialog('modeless', userInterface, title, [userInterface, title], 'Ui.showModelessDialog');
  }

  /** Sidebars are 300 px wide whatever the output says (https://developers.google.com/apps-script/guides/dialogs). */
  showSidebar(userInterface: HtmlOutput): void {
    this._dialog('sidebar', userInterface, undefined, [userInterface], 'Ui.showSidebar');
  }

  _dialog(kind: DialogRecord['kind'], out: unknown, title: string | undefined, args: unknown[], method: string): void {
    if (!(out instanceof HtmlOutput) || (kind !== 'sidebar' && typeof title !== 'string')) this.env.fail(signatureMessage(args, method));
    this.env.ui.dialogs.push({
      kind,
      title: title ?? out._title,
      html: out._content,
      width: kind === 'sidebar' ? 300 : out._width,
      height: out._height,
    });
  }

  _dialogArgs(args: unknown[], method: string, defaultButtons?: ButtonSetName): { title: string | null; prompt: string; buttons: ButtonSetName } {
    const bad = (): never => this.env.fail(signatureMessage(args, method));
    if (args.length === 1 && typeof args[0] === 'string') return { title: null, prompt: args[0], buttons: defaultButtons ?? 'OK' };
    if (args.length === 2 && typeof args[0] === 'string' && isButtonSet(args[1])) return { title: null, prompt: args[0], buttons: args[1] };
    if (args.length === 3 && typeof args[0] === 'string' && typeof args[1] === 'string' && isButtonSet(args[2])) {
      return { title: args[0], prompt: args[1], buttons: args[2] };
    }
    return bad();
  }
}

export class Menu {
  private readonly items: MenuItemRecord[] = [];
  constructor(readonly env: Env, private readonly caption: string, private readonly addon: boolean) {}

  /** functionName names a global function; Apps Script calls it by name when the item is clicked. */
  addItem(caption: string, functionName: string): Menu {
    if (typeof caption !== 'string' || typeof functionName !== 'string') this.env.fail(signatureMessage([caption, functionName], 'Menu.addItem'));
    this.items.push({ kind: 'item', caption, functionName });
    return this;
  }

  addSeparator(): Menu {
    this.items.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: Menu): Menu {
    if (!(menu instanceof Menu)) this.env.fail(signatureMessage([menu], 'Menu.addSubMenu'));
    this.items.push({ kind: 'submenu', caption: menu.caption, items: menu._snapshot() });
    return this;
  }

  /** A menu with the same caption replaces the earlier one (https://developers.google.com/apps-script/guides/menus). */
  addToUi(): void {
    const record: MenuRecord = { caption: this.caption, addon: this.addon, items: this._snapshot() };
    const ui = this.env.ui;
    const i = ui.menus.findIndex((m) => m.caption === record.caption && m.addon === record.addon);
    if (i >= 0) ui.menus[i] = record;
    else ui.menus.push(record);
  }

  _snapshot(): MenuItemRecord[] {
    return JSON.parse(JSON.stringify(this.items)) as MenuItemRecord[];
  }
}

export class PromptResponse implements Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText'> {
  constructor(readonly env: Env, private readonly text: string, private readonly button: ButtonName) {}

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): GoogleAppsScript.Base.Button {
    return this.button as unknown as GoogleAppsScript.Base.Button;
  }
}

instrument(Ui, 'SpreadsheetApp', 'Ui');
instrument(Menu, 'SpreadsheetApp', 'Menu');
instrument(PromptResponse, 'SpreadsheetApp', 'PromptResponse');

// The menu a bound script shows, and the add-on menu a published add-on must use instead.
import { buildMenu, MENU_ITEMS } from '../../src/shell/menu';

function fakeUi() {
  const made: { kind: string; items: string[]; added: boolean }[] = [];
  const menu = (kind: string) => {
    const m = { kind, items: [] as string[], added: false };
    made.push(m);
    const api = {
      addItem: (caption: string) => { m.items.push(caption); return api; },
      addSeparator: () => { m.items.push('—'); return api; },
      addToUi: () => { m.added = true; },
    };
    return api;
  };
  const ui = { createMenu: (title: string) => menu(`menu:${title}`), createAddonMenu: () => menu('addon') };
  return { ui: ui as unknown as GoogleAppsScript.Base.Ui, made };
}

describe('buildMenu', () => {
  afterEach(() => { delete (globalThis as { __AS_ADDON__?: boolean }).__AS_ADDON__; });

  it('makes the «Дорожная карта» menu in a bound script, every item in order', () => {
    const { ui, made } = fakeUi();
    buildMenu(ui);
    expect(made).toHaveLength(1);
    expect(made[0].kind).toBe('menu:Дорожная карта');
    expect(made[0].items.length).toBe(MENU_ITEMS.length);
    expect(made[0].added).toBe(true);
  });

  it('uses createAddonMenu when built as an add-on (ADDON=1)', () => {
    (globalThis as { __AS_ADDON__?: boolean }).__AS_ADDON__ = true;
    const { ui, made } = fakeUi();
    buildMenu(ui);
    expect(made.map((m) => m.kind)).toEqual(['addon']);
  });
});

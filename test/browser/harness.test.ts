// The harness itself: google.script.run passes and refuses what Google's does, handlers run later,
// the frame is sandboxed as Apps Script's, and the overflow and link readers catch what they should.
// (A harness that cannot fail would let every dialog test pass for nothing.)
import type { Browser } from 'playwright-core';
import { launchChromium, openHtmlServicePage, openPage, type HtmlServicePage, type Server } from './harness';

const server: Server = {
  functions: ['echo', 'boom', 'when'],
  call(name, json) {
    if (name === 'echo') return JSON.parse(json);
    if (name === 'when') return { at: new Date(0) };
    const e = new Error('Service Spreadsheets timed out');
    e.name = 'Exception';
    throw e;
  },
};

const PAGE = `<!DOCTYPE html><html><head><base target="_top"></head><body>
  <form id="f"><input name="a" value="1"><input type="checkbox" name="b" value="on" checked><input type="checkbox" name="c"></form>
  <a href="/relative">r</a><a href="https://example.org/x" target="_blank">x</a>
  <div id="narrow" style="width:120px">коротко длинноесловобезпробеловкотороенепоместится</div>
</body></html>`;

let browser: Browser;
let page: HtmlServicePage;
beforeAll(async () => {
  browser = await launchChromium();
  page = await openHtmlServicePage(browser, { html: PAGE, width: 300, height: 200, server });
});
afterAll(async () => { await browser?.close(); });

/** Calls google.script.run.<name>(...args written as JS) and resolves with what the handlers got. */
const call = (name: string, args: string): Promise<unknown> => page.evaluate(`new Promise((done) => {
  let sync = true;
  try {
    google.script.run
      .withSuccessHandler((v, u) => done({ ok: v, user: u, sync }))
      .withFailureHandler((e, u) => done({ failed: e && e.message, isError: e instanceof Error, user: u, sync }))
      .withUserObject('u')
      .${name}(${args});
  } catch (e) { done({ threw: String(e) }); }
  sync = false;
})`);

it('passes primitives, arrays and plain objects as a copy; undefined in arrays becomes null', async () => {
  expect(await call('echo', `1, 'a', true, null, [1, undefined, 'x'], { n: { m: [2] }, gone: undefined }`)).toEqual({
    ok: [1, 'a', true, null, [1, null, 'x'], { n: { m: [2] } }], user: 'u', sync: false,
  });
});

it('passes a form, as the only argument, as its named fields', async () => {
  expect(await call('echo', `document.getElementById('f')`)).toMatchObject({ ok: [{ a: '1', b: 'on' }] });
});

it.each([
  ['a Date', 'new Date()', '0'],
  ['a function', '1, () => 1', '1'],
  ['a DOM node besides a form', 'document.body', '0'],
  ['a Date inside an object', `{ list: [new Date()] }`, '0'],
  ['a circular object', `(() => { const o = {}; o.self = o; return o; })()`, 'self'],
])('refuses %s at the call, sending nothing', async (_what, args, property) => {
  const before = page.calls.length;
  expect(await call('echo', args)).toEqual({ threw: `TypeError: Failed due to illegal value in property: ${property}` });
  expect(page.calls.length).toBe(before);
});

it('hands a server exception to the failure handler as an Error, later, with the user object', async () => {
  expect(await call('boom', '')).toEqual({ failed: 'Exception: Service Spreadsheets timed out', isError: true, user: 'u', sync: false });
});

it('a Date in the return value makes it null', async () => {
  expect(await call('when', '')).toMatchObject({ ok: null });
});

it('a function the server does not have is not on google.script.run', async () => {
  expect(await call('missing', '')).toMatchObject({ threw: expect.stringContaining('is not a function') });
});

it('injected failures: a message, or no error object at all', async () => {
  page.failNext('echo', 'Exception: quota');
  page.failNext('echo', undefined);
  expect(await call('echo', '1')).toMatchObject({ failed: 'Exception: quota' });
  expect(await call('echo', '1')).toMatchObject({ failed: undefined, isError: false });
});

it('the frame is sandboxed: it cannot navigate the spreadsheet away', async () => {
  const r = await page.evaluate<string>(`(() => { try { top.location.href = 'https://elsewhere.test/'; return 'navigated'; } catch (e) { return 'blocked'; } })()`);
  expect(r).toBe('blocked');
  expect(await page.page.evaluate('document.getElementById("userHtmlFrame").getAttribute("sandbox")')).not.toContain('allow-top-navigation');
});

it('the readers see a long word sticking out and each link with its target', async () => {
  const o = await page.overflow();
  expect(o.offenders.join('\n')).toContain('длинноесловобезпробелов');
  expect(await page.links()).toEqual([
    { href: '/relative', target: '_top', text: 'r' },
    { href: 'https://example.org/x', target: '_blank', text: 'x' },
  ]);
});

it('a plain page reports overflow too, and fetches nothing from outside', async () => {
  const p = await openPage(browser, '<div style="width:900px">wide</div><img src="https://tracker.example/p.gif">', 390);
  expect((await p.overflow()).scrollWidth).toBeGreaterThan(390);
  expect(p.blocked).toEqual(['https://tracker.example/p.gif']);
  await p.close();
});

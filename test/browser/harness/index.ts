// The browser test harness: Chromium, HtmlService pages with google.script.run on the built bundle, and
// plain pages (letters, offline web pages). See README «Для разработчиков» → «Тесты в браузере».
export { chromiumPath, launchChromium } from './chromium';
export { bundleServer, HtmlServicePage, IFRAME_SANDBOX, openDialog, openHtmlServicePage, type OpenOptions, type Overflow, type PageLink, type Server, type ServerCall } from './html-service';
export { openPage, PlainPage } from './page';

// In the page the browser's own XML parser stands in for @xmldom/xmldom (scripts/build.mjs aliases the package
// to this file): the same W3C DOM that src/node/docx-document.ts walks, and about 100 KB less page.
export const DOMParser = globalThis.DOMParser;

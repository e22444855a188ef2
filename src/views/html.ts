// Building HTML safely: every text that came from a cell goes through escapeHtml.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A JSON value safe inside a <script> block (no "</script>", no U+2028 line breaks). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Shared look of dialogs: Google Sheets' own font and spacing. */
export const DIALOG_STYLE = `
  body { font-family: Roboto, Arial, sans-serif; font-size: 13px; color: #202124; margin: 0; padding: 12px 16px; overflow-wrap: anywhere; }
  h2 { font-size: 15px; font-weight: 500; margin: 12px 0 6px; }
  .summary { margin: 0 0 8px; padding: 8px 10px; background: #f1f3f4; border-radius: 4px; }
  .muted { color: #5f6368; }
  button { font: inherit; padding: 6px 14px; border-radius: 4px; border: 1px solid #dadce0; background: #fff; cursor: pointer; }
  button.primary { background: #1a73e8; border-color: #1a73e8; color: #fff; }
  .error { color: #d93025; }
`;

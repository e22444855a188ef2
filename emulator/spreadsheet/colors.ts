// Colours as Sheets reports them: CSS names and short hex in, lower-case '#rrggbb' out; ARGB for xlsx.

const NAMED: Record<string, string> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', lime: '#00ff00', green: '#008000', blue: '#0000ff',
  yellow: '#ffff00', cyan: '#00ffff', aqua: '#00ffff', magenta: '#ff00ff', fuchsia: '#ff00ff', silver: '#c0c0c0',
  gray: '#808080', grey: '#808080', maroon: '#800000', olive: '#808000', purple: '#800080', teal: '#008080',
  navy: '#000080', orange: '#ffa500', pink: '#ffc0cb', brown: '#a52a2a', gold: '#ffd700', lightgray: '#d3d3d3',
  lightgrey: '#d3d3d3', darkgray: '#a9a9a9', darkgrey: '#a9a9a9', lightgreen: '#90ee90', lightblue: '#add8e6',
  lightyellow: '#ffffe0', lightpink: '#ffb6c1', darkred: '#8b0000', darkgreen: '#006400', darkblue: '#00008b',
  orangered: '#ff4500', salmon: '#fa8072', coral: '#ff7f50', khaki: '#f0e68c', beige: '#f5f5dc', ivory: '#fffff0',
  lavender: '#e6e6fa', violet: '#ee82ee', indigo: '#4b0082', tomato: '#ff6347', crimson: '#dc143c',
  whitesmoke: '#f5f5f5', gainsboro: '#dcdcdc', honeydew: '#f0fff0', mintcream: '#f5fffa', azure: '#f0ffff',
};

/** '#rrggbb' for a CSS colour Sheets accepts, or null if it is not one. */
export function normalizeColor(input: string): string | null {
  const s = String(input).trim().toLowerCase();
  if (NAMED[s]) return NAMED[s];
  let m = /^#?([0-9a-f]{6})$/.exec(s);
  if (m) return `#${m[1]}`;
  m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (m) return `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`;
  m = /^rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)$/.exec(s);
  if (m) return `#${[m[1], m[2], m[3]].map((x) => Math.min(255, Number(x)).toString(16).padStart(2, '0')).join('')}`;
  return null;
}

export function toArgb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

/** '#rrggbb' from an xlsx ARGB ('FFRRGGBB') or RGB value; null for anything else. */
export function fromArgb(argb: string | undefined): string | null {
  if (!argb) return null;
  const m = /^(?:[0-9a-f]{2})?([0-9a-f]{6})$/i.exec(argb);
  return m ? `#${m[1].toLowerCase()}` : null;
}

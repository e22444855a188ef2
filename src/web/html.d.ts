// The page template is bundled as text (esbuild's text loader).
declare module '*.html' {
  const text: string;
  export default text;
}

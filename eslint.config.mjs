// The walls between the parts of this repository, checked by `npm run lint` (part of `npm test`).
// README «Как устроен код» describes the same map in words; test/architecture/layers.test.ts proves each
// wall fails on a file that breaks it.
//
// Parser: typescript-eslint's parser needs the `typescript` package's compiler API, which TypeScript 7
// (7.0.2 here) no longer ships (its package exports only a version stub; typescript-eslint 8.73 asks for
// typescript < 6.1 or a 7.1 preview, and npm refuses a second TypeScript as its peer). These rules only read
// import statements and global names, which needs syntax, not types, so Babel's TypeScript parser does it
// with no TypeScript package at all. Types stay checked by `tsc` (npm run typecheck).
import babelParser from '@babel/eslint-parser';
import { builtinModules } from 'node:module';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Node's own modules, with or without `node:`. */
const NODE_API = {
  regex: `^(node:.*|(${builtinModules.map(escape).join('|')})(/.*)?)$`,
  message: 'Node API here: this code runs in Apps Script (or must stay pure); do Node work in scripts/ (the Node shell).',
};
/** A folder named in an import path (relative or not), e.g. `../shell/ui`, `../../emulator`. */
const folder = (name) => `(^|/)${escape(name)}(/|$)`;
const SHELL = { regex: folder('shell'), message: 'The pure core (src/core, src/views, src/text) imports no shell: pass what it needs in.' };
const EMULATOR = { regex: folder('emulator'), message: 'Product code never imports the emulator: it only serves tests, demo and bench.' };
const NODE_SIDE = { regex: `${folder('scripts')}|${folder('bench')}|${folder('lib')}|${folder('bin')}`, message: 'Product code imports nothing from the Node tools.' };
const ANY_SRC = { regex: folder('src'), message: 'The emulator imports nothing from src/: it is the oracle the product is tested against, so it must not share the product\'s code (date arithmetic included).' };
/** Anything in src/ except the public entries of the core (src/core/index.ts) and the file shell (src/node/index.ts). */
const SRC_BUT_ENTRY = {
  regex: '(^|/)src/(?!(core|node)(/index)?$)',
  message: 'The Node side uses only the public entries of the core (src/core/index.ts) and the file shell (src/node/index.ts): export what you need there.',
};
/** From inside src/node: a sibling folder of src/ other than the core's entry. */
const SIBLING_BUT_CORE_ENTRY = {
  regex: '^\\.\\./(?!core(/index)?$)',
  message: 'The file shell (src/node) uses only the core\'s public entry: import from ../core, and export what you need there.',
};

/** Google services and Node globals that the pure core must not touch (no Google, no Node, no I/O). */
const GOOGLE_GLOBALS = ['SpreadsheetApp', 'DocumentApp', 'DriveApp', 'Drive', 'Docs', 'MailApp', 'GmailApp', 'ScriptApp',
  'PropertiesService', 'LockService', 'CacheService', 'HtmlService', 'Session', 'Utilities', 'UrlFetchApp', 'Logger'];
const NODE_GLOBALS = ['process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global'];
const restrictedGlobals = (names, why) => names.map((name) => ({ name, message: why }));

/** `require(…)`, `import(…)` and `import x = require(…)` would walk around no-restricted-imports. */
const NO_HIDDEN_IMPORTS = ['error',
  { selector: "CallExpression[callee.name='require']", message: 'Use an import statement, so the walls can see it.' },
  { selector: 'ImportExpression', message: 'Use an import statement, so the walls can see it.' },
  { selector: 'TSImportEqualsDeclaration', message: 'Use an import statement, so the walls can see it.' },
];

const restrict = (...patterns) => ['error', { patterns: patterns.map(({ regex, message }) => ({ regex, message })) }];

export default [
  { ignores: ['dist/', 'lib/', 'node_modules/', '.cache/', 'out/', 'reports/', '.stryker-tmp/', 'coverage/'] },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: babelParser,
      parserOptions: {
        requireConfigFile: false,
        babelOptions: { babelrc: false, configFile: false, presets: ['@babel/preset-typescript'] },
      },
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { ecmaVersion: 'latest' },
  },

  // The pure core: no shell, no emulator, no Node, no Google.
  {
    files: ['src/core/**/*.ts', 'src/views/**/*.ts', 'src/text/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(SHELL, EMULATOR, NODE_SIDE, NODE_API),
      'no-restricted-globals': ['error',
        ...restrictedGlobals(GOOGLE_GLOBALS, 'The pure core calls no Google service: the shell reads and writes, the core decides.'),
        ...restrictedGlobals(NODE_GLOBALS, 'The pure core uses no Node API.')],
      'no-restricted-syntax': NO_HIDDEN_IMPORTS,
    },
  },
  // The Google shell (and the Apps Script entry points): Apps Script has no Node and no emulator.
  {
    files: ['src/shell/**/*.ts', 'src/index.ts'],
    rules: {
      'no-restricted-imports': restrict(EMULATOR, NODE_SIDE, NODE_API),
      'no-restricted-globals': ['error', ...restrictedGlobals(NODE_GLOBALS, 'Apps Script has no Node API.')],
      'no-restricted-syntax': NO_HIDDEN_IMPORTS,
    },
  },
  // The file shell (src/node: .xlsx/.csv ↔ snapshot and plan, safe saves), shared by the command and the web
  // page: the core's entry only; never the Google shell, the emulator or the Node tools.
  {
    files: ['src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(SIBLING_BUT_CORE_ENTRY, SHELL, EMULATOR, NODE_SIDE),
      'no-restricted-syntax': NO_HIDDEN_IMPORTS,
    },
  },
  // The web page (src/web): the core's entry and the file shell's modules that need no Node API; no Node.
  {
    files: ['src/web/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(SHELL, EMULATOR, NODE_SIDE, NODE_API, {
        regex: '^\\.\\./(?!core$|node/(csv|file-kind|letters|plan-bytes|report-docx|run|xlsx-cells|xlsx-load|xlsx-snapshot|workbook-sheets|apply-plan|highlight|docx-plan)$)',
        message: 'The web page uses the core\'s entry and the file shell\'s browser-safe modules (not src/node/index.ts, which brings the file system).',
      }),
      'no-restricted-globals': ['error', ...restrictedGlobals(NODE_GLOBALS, 'The web page runs in a browser: no Node globals.')],
      'no-restricted-syntax': NO_HIDDEN_IMPORTS,
    },
  },
  // The emulator: the oracle imports nothing of the product.
  {
    files: ['emulator/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(ANY_SRC) },
  },
  // The Node side (scripts/ with the Node shell scripts/local/, bench/): only the core's public entry.
  {
    files: ['scripts/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(SRC_BUT_ENTRY) },
  },
  // bin/ starts the built Node tools and nothing else.
  {
    files: ['bin/**/*.js'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "CallExpression[callee.name='require'][arguments.0.value!=/^\\.\\.\\/lib\\//]",
        message: 'bin/ only starts a built tool from lib/.',
      }],
    },
  },
  // Explicit exception: the demo (which shows the Google add-on on the emulator) reads its summary and report
  // model with the Google shell's readTracker. Everything else in these files is held to the rule above.
  {
    files: ['scripts/local/summary.ts', 'scripts/local/report-file.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{
        regex: '(^|/)src/(?!(core|node)(/index)?$|shell/tracker$)',
        message: SRC_BUT_ENTRY.message,
      }] }],
    },
  },
];

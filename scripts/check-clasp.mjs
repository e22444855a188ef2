// Stops `npm run push` with a clear message while .clasp.json still holds the placeholder script id.
import { readFileSync } from 'node:fs';

const project = JSON.parse(readFileSync(new URL('../.clasp.json', import.meta.url), 'utf8'));
if (!project.scriptId || project.scriptId.startsWith('PUT-')) {
  console.error('В .clasp.json не указан scriptId вашего проекта Apps Script. См. README, раздел «Установка в Google Таблицу».');
  process.exit(1);
}
if (project.rootDir !== 'dist') {
  console.error('В .clasp.json должно быть "rootDir": "dist" — туда собирается код для Apps Script.');
  process.exit(1);
}

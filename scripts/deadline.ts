// The deadline command: reads deadline phrases the way the add-on does and prints the schedules as JSON.
//   npm run --silent deadline -- [--from YYYY-MM] [--to YYYY-MM] [--approved YYYY-MM-DD] "текст"
// With no text it reads one phrase per line from standard input (a literal \n inside a line is a line
// break in the cell) and prints one JSON object per line. The default plan is the seed plan's.
import { readFileSync } from 'node:fs';
import { isIsoDate, parseYearMonth, readDeadline, SEED_PLAN } from '../src/core';
import type { PlanPeriod, Schedule } from '../src/core';

const USAGE = `usage: deadline [--from YYYY-MM] [--to YYYY-MM] [--approved YYYY-MM-DD] ["текст срока"]
  without a text: one phrase per line on standard input, one JSON object per line on output
  default plan: ${SEED_PLAN.from} .. ${SEED_PLAN.to}`;

interface Args {
  plan: PlanPeriod;
  texts: string[];
}

function fail(message: string): never {
  process.stderr.write(`deadline: ${message}\n${USAGE}\n`);
  process.exit(2);
}

export function parseArgs(argv: string[]): Args {
  const plan: PlanPeriod = { ...SEED_PLAN };
  const texts: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) fail(`${a} needs a value`);
      return v;
    };
    if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a === '--from' || a === '--to') {
      const v = value();
      if (!/^\d{4}-\d{2}$/.test(v) || !parseYearMonth(v)) fail(`${a} must be YYYY-MM, got "${v}"`);
      plan[a === '--from' ? 'from' : 'to'] = v;
    } else if (a === '--approved') {
      const v = value();
      if (!isIsoDate(v)) fail(`--approved must be YYYY-MM-DD, got "${v}"`);
      plan.approved = v;
    } else if (a === '--') {
      texts.push(...argv.slice(i + 1));
      break;
    } else {
      texts.push(a);
    }
  }
  if (plan.from > plan.to) fail(`--from ${plan.from} is after --to ${plan.to}`);
  return { plan, texts };
}

/** The schedule as one line of JSON, keys in the documented order. */
export function toJson(s: Schedule): string {
  return JSON.stringify({
    kind: s.kind,
    checkpoints: s.checkpoints.map((c) => ({ label: c.label, start: c.start, due: c.due })),
    explanation: s.explanation,
    warnings: s.warnings,
  });
}

function main(): void {
  const { plan, texts } = parseArgs(process.argv.slice(2));
  if (texts.length) {
    process.stdout.write(`${toJson(readDeadline(texts.join(' '), plan))}\n`);
    return;
  }
  const input = readFileSync(0, 'utf8');
  const lines = input.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const out: string[] = [];
  for (const line of lines) out.push(toJson(readDeadline(line.replace(/\\n/g, '\n'), plan)));
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
}

main();

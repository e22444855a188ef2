// Logger and console: what the script logs is recorded on the emulator (and echoed if asked).
import { format } from 'node:util';
import type { Env } from './env';
import { instrument } from './instrument';
import { javaFormat } from './utilities';

export interface LogEntry {
  source: 'Logger' | 'console';
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  text: string;
  atMs: number;
}

function record(env: Env, source: LogEntry['source'], level: LogEntry['level'], text: string): void {
  env.logs.push({ source, level, text, atMs: env.clock.nowMs() });
  if (env.options.echoLogs) (level === 'error' ? console.error : level === 'warn' ? console.warn : console.log)(`[${source}] ${text}`);
}

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v !== null && typeof v === 'object' && Object.prototype.toString.call(v) !== '[object Date]') {
    try {
      return JSON.stringify(v);
    } catch {
      return String(v);
    }
  }
  return String(v);
}

/** https://developers.google.com/apps-script/reference/base/logger */
export class Logger {
  constructor(readonly env: Env) {}

  /** log(data) or log(format, values…) with Java-style %s/%d placeholders. */
  log(data: unknown, ...values: unknown[]): Logger {
    const text = values.length && typeof data === 'string' ? javaFormat(data, values) : show(data);
    record(this.env, 'Logger', 'log', text);
    return this;
  }

  getLog(): string {
    return this.env.logs.filter((l) => l.source === 'Logger').map((l) => l.text).join('\n');
  }

  clear(): void {
    for (let i = this.env.logs.length - 1; i >= 0; i--) if (this.env.logs[i].source === 'Logger') this.env.logs.splice(i, 1);
  }
}

/** The script's console (Cloud Logging in Apps Script). Not a service: its calls are not counted. */
export function makeConsole(env: Env): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'> {
  const at = (level: LogEntry['level']) => (...args: unknown[]): void => record(env, 'console', level, format(...args));
  return { log: at('log'), info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') };
}

instrument(Logger, 'Logger', 'Logger');

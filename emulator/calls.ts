// The shared call counter: how many Apps Script service calls an action cost, by service and by method.

/** Counts of one measurement. Method keys are 'Class.method' as Apps Script names the classes (e.g. 'Range.getValues'). */
export interface CallCounts {
  total: number;
  byService: Record<string, number>;
  byMethod: Record<string, number>;
}

/** A 2-D array's cell count (Range.getValues() and the like), else 0. */
function gridCells(value: unknown): number {
  if (!Array.isArray(value) || !value.length || !Array.isArray(value[0])) return 0;
  return value.reduce((n: number, row: unknown[]) => n + row.length, 0);
}

export class CallCounter {
  private readonly counts = new Map<string, { service: string; method: string; n: number }>();
  private readonly order: string[] = [];
  private sum = 0;
  /** Cells moved by Range reads (2-D results) and writes (2-D arguments, or 1 for setValue). */
  cellsRead = 0;
  cellsWritten = 0;
  /**
   * Runs before each counted call of the script (not inside it), so a test can interleave another
   * person's edits or a fault with the script's calls: Apps Script does not stop people editing
   * while a script runs.
   */
  beforeCall: ((method: string) => void) | null = null;

  /** Called after each counted call with its arguments and result. */
  cells(method: string, args: unknown[], result: unknown): void {
    if (!method.startsWith('Range.')) return;
    const read = gridCells(result);
    if (read) this.cellsRead += read;
    const written = gridCells(args[0]);
    if (written) this.cellsWritten += written;
    else if (method === 'Range.setValue' || method === 'Range.setFormula') this.cellsWritten += 1;
  }
  /** > 0 while a service method runs (its internal calls are not counted) or inside `uncounted`. */
  depth = 0;

  record(service: string, method: string): void {
    const key = `${service}\u0000${method}`;
    const entry = this.counts.get(key);
    if (entry) entry.n++;
    else this.counts.set(key, { service, method, n: 1 });
    this.order.push(method);
    this.sum++;
  }

  total(): number {
    return this.sum;
  }

  /** e.g. { SpreadsheetApp: 12, PropertiesService: 2 } — the global through which the object was reached. */
  byService(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const { service, n } of this.counts.values()) out[service] = (out[service] ?? 0) + n;
    return out;
  }

  /** e.g. { 'Range.getValues': 3, 'Properties.getProperty': 1 }. */
  byMethod(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const { method, n } of this.counts.values()) out[method] = (out[method] ?? 0) + n;
    return out;
  }

  /** The counted methods in call order (to spot alternating reads and writes). */
  sequence(): string[] {
    return this.order.slice();
  }

  snapshot(): CallCounts {
    return { total: this.total(), byService: this.byService(), byMethod: this.byMethod() };
  }

  reset(): void {
    this.cellsRead = 0;
    this.cellsWritten = 0;
    this.counts.clear();
    this.order.length = 0;
    this.sum = 0;
  }

  /** Runs fn and returns what it cost (the running totals keep counting too). */
  measure<T>(fn: () => T): CallCounts & { result: T } {
    const before = this.snapshot();
    const result = fn();
    const after = this.snapshot();
    return { ...diff(after, before), result };
  }

  /** Runs fn without counting (the back door tests and tools use to set up and inspect). */
  uncounted<T>(fn: () => T): T {
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }
}

function diff(after: CallCounts, before: CallCounts): CallCounts {
  const sub = (a: Record<string, number>, b: Record<string, number>): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(a)) if (v - (b[k] ?? 0) > 0) out[k] = v - (b[k] ?? 0);
    return out;
  };
  return { total: after.total - before.total, byService: sub(after.byService, before.byService), byMethod: sub(after.byMethod, before.byMethod) };
}

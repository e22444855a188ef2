// How each sheet the script makes looks at its default size, on screen and on paper: column widths (pixels, as
// Sheets counts them) wide enough that no header, date or state is cut off or shown as ###, which columns wrap,
// and the print layout (landscape, one page wide, header rows repeated). Both shells read these: the Google
// shell sets widths and wrapping (Apps Script has no page-setup API, so only the frozen header carries over to
// printing there); the Node shell also writes the print layout into the .xlsx on every run.
import type { CheckpointField } from '../core/checkpoints';

/** «Контрольные точки»: names, people and links wrap (a row grows), the state fits «Выполнено с опозданием». */
export const CHECKPOINT_WIDTHS: Record<CheckpointField, number> = {
  key: 80, number: 50, activity: 300, period: 150, start: 90, due: 90, responsible: 150, state: 175,
  status: 120, done: 135, evidence: 240, comment: 220,
};
export const CHECKPOINT_WRAPPED: readonly CheckpointField[] = ['activity', 'period', 'responsible', 'state', 'evidence', 'comment'];

/** The roll-up columns on the roadmap sheet: «Ближайший срок» on one line in bold. */
export const ROLLUP_WIDTHS = { nextDue: 130, state: 175, progress: 100, reading: 260 } as const;

/** «Настройки»: label, value, hint; the legend column. */
export const SETTINGS_WIDTHS = [300, 360, 380] as const;
export const LEGEND_WIDTH = 240;

/** «Ответственные». */
export const PEOPLE_WIDTHS = [320, 360, 260] as const;

/** «Журнал отчётов»: date and time in full, period, links that wrap, who. */
export const REPORT_LOG_WIDTHS = [130, 220, 380, 380, 220] as const;

/** «Журнал рассылки». */
export const MAIL_LOG_WIDTHS = [130, 260, 420, 420] as const;

/** Print layout of every sheet the script manages (.xlsx; Google has no API for it). */
export interface PrintLayout {
  orientation: 'landscape' | 'portrait';
  /** Pages across (1: the whole width on one page); pages down unlimited. */
  fitToWidth: number;
  /** Rows 1…n printed at the top of every page (the frozen header). */
  repeatRows: number;
}

export const PRINT_LAYOUT: PrintLayout = { orientation: 'landscape', fitToWidth: 1, repeatRows: 1 };

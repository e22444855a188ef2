// The colours staff see, in one place: states, header kinds, the legend.
export const COLOURS = {
  overdue: '#f4c7c3',
  soon: '#fce8b2',
  done: '#b7e1cd',
  grey: '#e0e0e0',
  /** Headers of columns people fill in. */
  peopleHeader: '#d9ead3',
  /** Headers of plan columns (the roadmap itself). */
  planHeader: '#cfe2f3',
  /** Headers of columns the script fills: a distinct grey says "do not type here". */
  scriptHeader: '#d9d9d9',
  section: '#f3f3f3',
} as const;

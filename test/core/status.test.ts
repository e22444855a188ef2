import { activityRollup, checkpointState, doneDate, isCounted, isExampleMark, isInProgressStatus, isKnownStatus } from '../../src/core/status';

const on = { today: '2023-06-20', days: 14 };

describe('checkpoint state', () => {
  it('is done, done late, overdue, due soon or planned', () => {
    expect(checkpointState('2023-06-30', { status: 'Выполнено', done: { date: '2023-06-15' } }, on)).toBe('done');
    expect(checkpointState('2023-06-30', { status: 'выполнено ', done: '05.07.2023' }, on)).toBe('done_late');
    expect(checkpointState('2023-06-19', { status: 'В работе', done: '' }, on)).toBe('overdue');
    expect(checkpointState('2023-06-20', { status: '', done: '' }, on)).toBe('soon');
    expect(checkpointState('2023-07-04', { status: '', done: '' }, on)).toBe('soon');
    expect(checkpointState('2023-07-05', { status: '', done: '' }, on)).toBe('planned');
    expect(checkpointState('2023-01-01', { status: 'Не требуется', done: '' }, on)).toBe('not_required');
  });
  it('is done, not late, when done on the due day itself; late from the day after', () => {
    expect(checkpointState('2023-06-30', { status: 'Выполнено', done: { date: '2023-06-30' } }, on)).toBe('done');
    expect(checkpointState('2023-06-30', { status: 'Выполнено', done: '30.06.2023' }, on)).toBe('done');
    expect(checkpointState('2023-06-30', { status: 'Выполнено', done: { date: '2023-07-01' } }, on)).toBe('done_late');
  });
  it('works out «скоро срок» afresh for another day or another horizon (one after another, as actions run)', () => {
    const mark = { status: '', done: '' };
    expect(checkpointState('2023-07-04', mark, on)).toBe('soon');
    expect(checkpointState('2023-07-04', mark, { today: '2023-06-20', days: 7 })).toBe('planned');
    expect(checkpointState('2023-07-04', mark, { today: '2023-06-10', days: 14 })).toBe('planned');
    expect(checkpointState('2023-07-04', mark, on)).toBe('soon');
  });
  it('a date cell with an impossible date is no date', () => {
    expect(doneDate({ date: '2023-02-30' })).toBeNull();
  });
  it('reads the date done typed as text or as a date cell', () => {
    expect(doneDate('15.12.2022')).toBe('2022-12-15');
    expect(doneDate({ date: '2022-12-15' })).toBe('2022-12-15');
    expect(doneDate('вчера')).toBeNull();
  });
});

describe('activity roll-up', () => {
  it('puts overdue first, then done, then soon', () => {
    expect(activityRollup('recurring', true, [{ due: '2023-06-30', state: 'done' }, { due: '2023-12-31', state: 'planned' }]))
      .toEqual({ state: 'planned', nextDue: '2023-12-31', done: 1, total: 2 });
    expect(activityRollup('recurring', true, [{ due: '2023-06-01', state: 'overdue' }, { due: '2023-06-30', state: 'soon' }]).state).toBe('overdue');
    expect(activityRollup('once', true, [{ due: '2023-06-01', state: 'done_late' }])).toEqual({ state: 'done', nextDue: null, done: 1, total: 1 });
  });
  it('is «скоро срок» when one open checkpoint is near, «не требуется» when every checkpoint is waived', () => {
    expect(activityRollup('recurring', true, [{ due: '2023-06-25', state: 'soon' }, { due: '2023-12-31', state: 'planned' }]))
      .toEqual({ state: 'soon', nextDue: '2023-06-25', done: 0, total: 2 });
    expect(activityRollup('recurring', true, [{ due: '2023-12-31', state: 'planned' }, { due: '2023-06-25', state: 'soon' }]).state).toBe('soon');
    expect(activityRollup('once', true, [{ due: '2023-06-01', state: 'not_required' }]))
      .toEqual({ state: 'not_required', nextDue: null, done: 0, total: 0 });
    // A waived checkpoint beside a counted one does not make the activity waived.
    expect(activityRollup('recurring', true, [{ due: '2023-06-01', state: 'not_required' }, { due: '2023-12-31', state: 'planned' }]))
      .toEqual({ state: 'planned', nextDue: '2023-12-31', done: 0, total: 1 });
    expect(activityRollup('once', true, [{ due: '2023-06-01', state: 'removed' }]).state).toBe('outside_plan');
  });
  it('names activities without checkpoints by their kind', () => {
    expect(activityRollup('continuous', true, []).state).toBe('continuous');
    expect(activityRollup('unknown', true, []).state).toBe('unknown');
    expect(activityRollup('once', true, []).state).toBe('outside_plan');
    expect(activityRollup('unknown', false, []).state).toBe('no_deadline');
  });
});

describe('statuses people type', () => {
  it('knows the list, in any case and spacing, and nothing else', () => {
    for (const s of ['', 'Выполнено', ' выполнено ', 'В РАБОТЕ', 'Не требуется']) expect(isKnownStatus(s)).toBe(true);
    for (const s of ['Готово', 'сделано', 'Выполнено!']) expect(isKnownStatus(s)).toBe(false);
  });
  it('tells «В работе» from the rest', () => {
    expect(isInProgressStatus('в работе ')).toBe(true);
    expect(isInProgressStatus('Выполнено')).toBe(false);
    expect(isInProgressStatus('')).toBe(false);
  });
  it('counts every state but «не требуется» and «исключена из плана»', () => {
    expect(['done', 'done_late', 'overdue', 'soon', 'planned'].every((s) => isCounted(s as never))).toBe(true);
    expect(isCounted('not_required')).toBe(false);
    expect(isCounted('removed')).toBe(false);
  });
  it('knows the demo\'s made-up marks by their comment, whatever its case and spacing', () => {
    expect(isExampleMark({ comment: '  пример: вымышленная отметка для демонстрации' })).toBe(true);
    expect(isExampleMark({ comment: 'ПРИМЕР' })).toBe(true);
    expect(isExampleMark({ comment: 'см. пример в приказе' })).toBe(false);
    expect(isExampleMark({ comment: '' })).toBe(false);
  });
});

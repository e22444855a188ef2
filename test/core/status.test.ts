import { activityRollup, checkpointState, doneDate } from '../../src/core/status';

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
  it('names activities without checkpoints by their kind', () => {
    expect(activityRollup('continuous', true, []).state).toBe('continuous');
    expect(activityRollup('unknown', true, []).state).toBe('unknown');
    expect(activityRollup('once', true, []).state).toBe('outside_plan');
    expect(activityRollup('unknown', false, []).state).toBe('no_deadline');
  });
});

// The plan's numbers, defined once (core/counts.ts): each checkpoint counted in exactly one of on time,
// late, overdue, not yet due — or outside the plan when waived or removed.
import { addCheckpoint, countPlan, emptyCounts, finishCounts } from '../../src/core/counts';
import type { ActivityView } from '../../src/core/overview';

const DAY = '2023-11-15';
const view = (checkpoints: { due: string; state: string }[]): ActivityView => ({ checkpoints } as unknown as ActivityView);

describe('plan counts', () => {
  it('a checkpoint due on the day itself is due by the day; the day after is not', () => {
    const c = emptyCounts();
    addCheckpoint(c, { due: '2023-11-15', state: 'soon' }, DAY);
    addCheckpoint(c, { due: '2023-11-16', state: 'soon' }, DAY);
    addCheckpoint(c, { due: '', state: 'planned' }, DAY);
    expect(c).toMatchObject({ inPlan: 3, dueByDay: 1, notYetDue: 3, overdue: 0 });
  });

  it('puts each checkpoint in one place, and the parts add up to the plan', () => {
    const activities = [
      view([{ due: '2023-01-31', state: 'done' }, { due: '2023-02-28', state: 'done_late' }, { due: '2023-03-31', state: 'overdue' }]),
      view([{ due: '2023-04-30', state: 'overdue' }, { due: '2023-12-31', state: 'planned' }, { due: '2023-05-31', state: 'not_required' }]),
      view([{ due: '2023-06-30', state: 'removed' }]),
      view([]),
    ];
    const c = countPlan(activities, DAY);
    expect(c).toEqual({ inPlan: 5, dueByDay: 4, done: 2, onTime: 1, late: 1, overdue: 2, notYetDue: 1, notRequired: 1, notTracked: 1, percent: 40 });
    expect(c.onTime + c.late + c.overdue + c.notYetDue).toBe(c.inPlan);
  });

  it('counts only the checkpoints a period keeps; an activity with none is still «not tracked» only when it has no checkpoints at all', () => {
    const activities = [view([{ due: '2023-01-31', state: 'done' }, { due: '2023-12-31', state: 'planned' }]), view([])];
    const c = countPlan(activities, DAY, (due) => due !== '' && due <= '2023-06-30');
    expect(c).toMatchObject({ inPlan: 1, done: 1, notYetDue: 0, notTracked: 1, percent: 100 });
  });

  it('has no percentage for an empty plan', () => {
    expect(finishCounts(emptyCounts()).percent).toBeNull();
  });
});

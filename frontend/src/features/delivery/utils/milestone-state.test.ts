import { currentMilestone, daysPastDue, isRunning, milestoneTone, TONE_COLORS, toneCounts } from './milestone-state';

describe('milestone state', () => {
  it('shows an overdue milestone in red whatever its state, except once accepted', () => {
    expect(milestoneTone({ status: 'PLANNED', overdue: true })).toBe('overdue');
    expect(milestoneTone({ status: 'SUBMITTED', overdue: true })).toBe('overdue');
    expect(milestoneTone({ status: 'RETURNED', overdue: true })).toBe('overdue');
    expect(milestoneTone({ status: 'ACCEPTED', overdue: true })).toBe('accepted');
    expect(TONE_COLORS[milestoneTone({ status: 'PLANNED', overdue: true })]).toBe('red');
  });

  it('has a tone per state when on schedule', () => {
    expect(milestoneTone({ status: 'PLANNED', overdue: false })).toBe('planned');
    expect(milestoneTone({ status: 'SUBMITTED', overdue: false })).toBe('submitted');
    expect(milestoneTone({ status: 'RETURNED', overdue: false })).toBe('returned');
    expect(milestoneTone({ status: 'ACCEPTED', overdue: false })).toBe('accepted');
  });

  it('counts days past due in Beijing calendar days', () => {
    // 2026-07-02 01:00 in Beijing is still 2026-07-01 in UTC.
    expect(daysPastDue('2026-06-30', new Date('2026-07-01T17:00:00Z'))).toBe(2);
    expect(daysPastDue('2026-06-30', new Date('2026-06-30T15:59:59Z'))).toBe(0);
    expect(daysPastDue('2026-06-30', new Date('2026-06-30T16:00:00Z'))).toBe(1);
    expect(daysPastDue('2026-06-30', new Date('2026-01-01T00:00:00Z'))).toBe(0);
  });

  it('counts tones, finds the next milestone and tells whether the delivery runs', () => {
    const milestones = [
      { seq: 2, status: 'PLANNED' as const, overdue: true },
      { seq: 1, status: 'ACCEPTED' as const, overdue: false },
      { seq: 3, status: 'PLANNED' as const, overdue: false },
    ];
    expect(toneCounts(milestones)).toEqual({ overdue: 1, accepted: 1, submitted: 0, returned: 0, planned: 1 });
    expect(currentMilestone(milestones)?.seq).toBe(2);
    expect(currentMilestone([{ seq: 1, status: 'ACCEPTED' as const }])).toBeUndefined();
    expect(isRunning({ challengeStatus: 'AWARDED' })).toBe(true);
    expect(isRunning({ challengeStatus: 'IN_DELIVERY' })).toBe(true);
    expect(isRunning({ challengeStatus: 'COMPLETED' })).toBe(false);
  });
});

import { confirmState, currentAward } from './confirm-state';

const ENDS = '2026-03-01T02:00:00Z';
const end = Date.parse(ENDS);
const proposed = (pendingObjections = 0) => ({ status: 'PROPOSED' as const, publicityEndsAt: ENDS, pendingObjections });

describe('confirmState', () => {
  it('is enabled only after the period with nothing pending', () => {
    expect(confirmState(proposed(), end)).toEqual({ enabled: true, blockers: [] });
    expect(confirmState(proposed(), end + 60_000)).toEqual({ enabled: true, blockers: [] });
  });

  it('waits for the end of the announcement period', () => {
    expect(confirmState(proposed(), end - 1)).toEqual({ enabled: false, blockers: ['PERIOD_RUNNING'] });
  });

  it('waits for pending objections to be answered, and says both when both apply', () => {
    expect(confirmState(proposed(2), end + 1)).toEqual({ enabled: false, blockers: ['OBJECTIONS_PENDING'] });
    expect(confirmState(proposed(1), end - 1)).toEqual({ enabled: false, blockers: ['PERIOD_RUNNING', 'OBJECTIONS_PENDING'] });
  });

  it('has nothing to confirm without a proposed award', () => {
    expect(confirmState(undefined, end)).toEqual({ enabled: false, blockers: ['NOT_PROPOSED'] });
    expect(confirmState({ ...proposed(), status: 'CONFIRMED' }, end)).toEqual({ enabled: false, blockers: ['NOT_PROPOSED'] });
    expect(confirmState({ ...proposed(), status: 'WITHDRAWN' }, end)).toEqual({ enabled: false, blockers: ['NOT_PROPOSED'] });
    expect(confirmState({ ...proposed(), publicityEndsAt: null }, end).enabled).toBe(false);
  });
});

describe('currentAward', () => {
  it('skips withdrawn proposals (newest first)', () => {
    const awards = [{ id: 'a2', status: 'WITHDRAWN' as const }, { id: 'a1', status: 'WITHDRAWN' as const }];
    expect(currentAward(awards)).toBeUndefined();
    expect(currentAward([{ id: 'a3', status: 'PROPOSED' as const }, ...awards])?.id).toBe('a3');
  });
});

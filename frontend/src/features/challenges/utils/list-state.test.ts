import { readListState, toChallengeQuery, writeListState } from './list-state';

describe('challenge list state in the URL', () => {
  it('round-trips every filter through the query string', () => {
    const state = readListState(
      new URLSearchParams('q=碳化硅&chain=INTEGRATED_CIRCUITS&type=KEY_CORE&region=ZJ&status=PUBLISHED,CLOSED&minWan=50&maxWan=2000&from=2026-03-01&to=2026-06-30&open=1&sort=BOUNTY&page=3'),
    );
    expect(state).toEqual({
      q: '碳化硅',
      chain: 'INTEGRATED_CIRCUITS',
      type: 'KEY_CORE',
      region: 'ZJ',
      status: ['PUBLISHED', 'CLOSED'],
      minWan: '50',
      maxWan: '2000',
      from: '2026-03-01',
      to: '2026-06-30',
      open: true,
      sort: 'BOUNTY',
      page: 3,
    });
    expect(readListState(writeListState(state))).toEqual(state);
  });

  it('ignores malformed values and leaves defaults out of links', () => {
    const state = readListState(new URLSearchParams('type=NOPE&status=DRAFT,PUBLISHED&minWan=abc&from=yesterday&sort=RANDOM&page=-2'));
    expect(state).toMatchObject({ type: undefined, status: ['PUBLISHED'], minWan: undefined, from: undefined, sort: 'NEWEST', page: 1 });
    expect(writeListState(state).toString()).toBe('status=PUBLISHED');
  });

  it('asks the API in yuan and instants', () => {
    const query = toChallengeQuery(readListState(new URLSearchParams('minWan=50.5&from=2026-03-01&to=2026-03-31&open=1')));
    expect(query).toMatchObject({
      minBounty: '505000.00',
      maxBounty: undefined,
      deadlineFrom: '2026-02-28T16:00:00.000Z',
      deadlineTo: '2026-03-31T16:00:00.000Z',
      open: true,
      sort: 'NEWEST',
      page: 1,
      size: 12,
    });
  });
});

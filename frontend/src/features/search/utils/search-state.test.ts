import { EMPTY_SEARCH_STATE, hasSearchFilters, readSearchState, toSearchQuery, writeSearchState } from './search-state';

describe('search state in the URL', () => {
  it('reads repeated facets, ranges, the order and the page', () => {
    const state = readSearchState(
      new URLSearchParams('q=碳化硅&chain=INTEGRATED_CIRCUITS&chain=NEW_ENERGY_VEHICLES&status=PUBLISHED&minWan=100&to=2026-12-31&sort=bounty&page=3'),
    );
    expect(state).toEqual({
      q: '碳化硅',
      chain: ['INTEGRATED_CIRCUITS', 'NEW_ENERGY_VEHICLES'],
      type: [],
      region: [],
      status: ['PUBLISHED'],
      minWan: '100',
      maxWan: undefined,
      from: undefined,
      to: '2026-12-31',
      sort: 'bounty',
      page: 3,
    });
  });

  it('ignores what is malformed', () => {
    const state = readSearchState(new URLSearchParams('minWan=abc&from=31/12/2026&sort=random&page=-2&chain=&chain=A&chain=A'));
    expect(state).toEqual({ ...EMPTY_SEARCH_STATE, chain: ['A'] });
  });

  it('survives a round trip and leaves defaults out', () => {
    const state = { ...EMPTY_SEARCH_STATE, q: ' SiC ', region: ['GD', 'JS'], maxWan: '500', from: '2026-01-01', page: 2 };
    const params = writeSearchState(state);
    expect(params.toString()).toBe('q=SiC&region=GD&region=JS&maxWan=500&from=2026-01-01&page=2');
    expect(readSearchState(params)).toEqual({ ...state, q: 'SiC' });
    expect(writeSearchState(EMPTY_SEARCH_STATE).toString()).toBe('');
  });

  it('asks the API in yuan', () => {
    const query = toSearchQuery({ ...EMPTY_SEARCH_STATE, q: '  ', minWan: '50.5', maxWan: '800', page: 2 });
    expect(query).toMatchObject({ q: undefined, bountyMin: '505000.00', bountyMax: '8000000.00', sort: 'relevance', page: 2, size: 10 });
  });

  it('knows when anything narrows the result', () => {
    expect(hasSearchFilters(EMPTY_SEARCH_STATE)).toBe(false);
    expect(hasSearchFilters({ ...EMPTY_SEARCH_STATE, sort: 'deadline', page: 4 })).toBe(false);
    expect(hasSearchFilters({ ...EMPTY_SEARCH_STATE, type: ['KEY_CORE'] })).toBe(true);
  });
});

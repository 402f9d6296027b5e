import { hasResultsFilters, readResultsFilters, writeResultsFilters } from './results-filters';

describe('results showcase filters in the URL', () => {
  it('reads chain, type, region and page, ignoring malformed values', () => {
    expect(readResultsFilters(new URLSearchParams('chain=INTEGRATED_CIRCUITS&type=KEY_CORE&region=ZJ&page=3'))).toEqual({
      chain: 'INTEGRATED_CIRCUITS',
      type: 'KEY_CORE',
      region: 'ZJ',
      page: 3,
    });
    expect(readResultsFilters(new URLSearchParams('type=NOPE&page=-2'))).toEqual({ chain: undefined, type: undefined, region: undefined, page: 1 });
  });

  it('writes only what is set', () => {
    expect(writeResultsFilters({ chain: 'AI', page: 1 }).toString()).toBe('chain=AI');
    expect(writeResultsFilters({ type: 'FRONTIER', page: 2 }).toString()).toBe('type=FRONTIER&page=2');
    expect(hasResultsFilters({ page: 4 })).toBe(false);
    expect(hasResultsFilters({ region: 'GD', page: 1 })).toBe(true);
  });
});

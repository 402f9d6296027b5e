import { EMPTY_LAB_LIST_STATE, hasLabFilters, readLabListState, toLabSearchQuery, writeLabListState } from './list-state';

describe('lab directory state in the URL', () => {
  it('reads repeated facets and maps the old province parameter to a region', () => {
    const state = readLabListState(new URLSearchParams('q=碳化硅&field=POWER_SEMICONDUCTORS&region=GD&province=JS&orgType=UNIVERSITY&orgType=GOVERNMENT&page=2'));
    expect(state).toEqual({ q: '碳化硅', field: ['POWER_SEMICONDUCTORS'], region: ['GD', 'JS'], orgType: ['UNIVERSITY'], page: 2 });
  });

  it('writes only what is set and asks the API with the same page', () => {
    const state = { ...EMPTY_LAB_LIST_STATE, q: ' SiC ', region: ['GD', 'ZJ'], page: 3 };
    expect(writeLabListState(state).toString()).toBe('q=SiC&region=GD&region=ZJ&page=3');
    expect(writeLabListState(EMPTY_LAB_LIST_STATE).toString()).toBe('');
    expect(toLabSearchQuery(state)).toEqual({ q: 'SiC', field: [], region: ['GD', 'ZJ'], orgType: [], page: 3, size: 12 });
    expect(hasLabFilters(EMPTY_LAB_LIST_STATE)).toBe(false);
    expect(hasLabFilters(state)).toBe(true);
  });
});

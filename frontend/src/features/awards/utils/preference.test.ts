import { initialOrder, moveItem, sameOrder } from './preference';

describe('initialOrder', () => {
  it('puts the saved ranking first and the unranked bids after it', () => {
    expect(initialOrder(['a', 'b', 'c', 'd'], ['c', 'a'])).toEqual(['c', 'a', 'b', 'd']);
  });

  it('drops saved bids that are no longer opened, and duplicates', () => {
    expect(initialOrder(['a', 'b'], ['x', 'b', 'b'])).toEqual(['b', 'a']);
    expect(initialOrder(['a', 'b'], null)).toEqual(['a', 'b']);
  });
});

describe('moveItem', () => {
  it('moves up, down and across', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
  });

  it('clamps at the ends and leaves its input alone', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(list, 2, 5)).toEqual(['a', 'b', 'c']);
    expect(moveItem(list, 7, 0)).toEqual(['a', 'b', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('tells when nothing changed', () => {
    expect(sameOrder(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameOrder(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameOrder(['a'], ['a', 'b'])).toBe(false);
  });
});

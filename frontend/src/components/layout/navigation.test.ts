import { activeNavKey } from './navigation';

describe('activeNavKey', () => {
  it('highlights the section a page belongs to', () => {
    expect(activeNavKey('/')).toBe('home');
    expect(activeNavKey('/challenges')).toBe('challenges');
    expect(activeNavKey('/challenges/42')).toBe('challenges');
    expect(activeNavKey('/search')).toBe('search');
    expect(activeNavKey('/labsx')).toBeUndefined();
    expect(activeNavKey('/account')).toBeUndefined();
  });
});

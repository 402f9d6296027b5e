import { loginPath, safeRedirect } from './auth';

describe('redirects after sign-in', () => {
  it('follows only paths on this site', () => {
    expect(safeRedirect('/account?tab=lab')).toBe('/account?tab=lab');
    expect(safeRedirect('https://evil.example/')).toBe('/');
    expect(safeRedirect('//evil.example/')).toBe('/');
    expect(safeRedirect('/\\evil.example')).toBe('/');
    expect(safeRedirect(null)).toBe('/');
  });

  it('builds the login link with the page to come back to', () => {
    expect(loginPath('/account')).toBe('/login?redirectTo=%2Faccount');
    expect(loginPath('/')).toBe('/login');
  });
});

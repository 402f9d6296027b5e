import { creditCodeCheckCharacter, creditCodeProblem, isValidCreditCode, normalizeCreditCode } from './credit-code';

describe('unified social credit code (GB 32100-2015)', () => {
  it.each(['91350100M000100Y43', '91110000802100433B', '12100000470095016Q', '91440300MA109Y035Q'])(
    'accepts the valid code %s',
    (code) => {
      expect(isValidCreditCode(code)).toBe(true);
    },
  );

  it('computes the check character from the first 17 characters', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckCharacter('91110000802100433')).toBe('B');
  });

  it('rejects a code whose check character is wrong', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe('checksum');
    expect(creditCodeProblem('911100001011208899')).toBe('checksum');
  });

  it('rejects codes of the wrong length', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toBe('length');
    expect(creditCodeProblem('')).toBe('length');
  });

  it('rejects letters outside the alphabet and letters in the region code', () => {
    expect(creditCodeProblem('91350100M000100I43')).toBe('characters');
    expect(creditCodeProblem('9135A100M000100Y43')).toBe('characters');
  });

  it('normalizes case and blanks before checking', () => {
    expect(normalizeCreditCode(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
    expect(isValidCreditCode('9135 0100 m000 100y43')).toBe(true);
  });
});

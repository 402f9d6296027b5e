/** Unified social credit code (统一社会信用代码) per GB 32100-2015. */

export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem = 'length' | 'characters' | 'checksum';

/** Upper case without surrounding or inner blanks, as the backend stores it. */
export const normalizeCreditCode = (code: string) => code.replace(/\s+/g, '').toUpperCase();

/** The 18th character for the first 17, or undefined when they contain characters outside the alphabet. */
export function creditCodeCheckCharacter(first17: string): string | undefined {
  if (first17.length !== 17) {
    return undefined;
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]);
    if (value < 0) {
      return undefined;
    }
    sum += value * WEIGHTS[i];
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

/** What is wrong with a code, or undefined when it is valid. */
export function creditCodeProblem(raw: string): CreditCodeProblem | undefined {
  const code = normalizeCreditCode(raw);
  if (code.length !== 18) {
    return 'length';
  }
  const alphabetOnly = [...code].every((c) => CREDIT_CODE_ALPHABET.includes(c));
  // Characters 3–8 are the administrative division code, always digits.
  if (!alphabetOnly || !/^\d{6}$/.test(code.slice(2, 8))) {
    return 'characters';
  }
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17] ? undefined : 'checksum';
}

export const isValidCreditCode = (code: string) => creditCodeProblem(code) === undefined;

import { creditCodeCheckCharacter } from '../../src/lib/credit-code';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A short suffix that keeps names unique across tests and runs against the same database. */
export const uniqueSuffix = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 3).toString(36)}`;

const pick = (chars: string) => chars[Math.floor(Math.random() * chars.length)];

/**
 * A random, checksum-valid unified social credit code (GB 32100-2015), e.g. for a new organization:
 * registration authority + type, a six-digit region code, nine random characters and the check character.
 */
export function generateCreditCode(prefix: '91' | '12' | '52' = '91', region = '110108'): string {
  let body = prefix + region;
  while (body.length < 17) {
    body += pick(ALPHABET);
  }
  return body + creditCodeCheckCharacter(body);
}

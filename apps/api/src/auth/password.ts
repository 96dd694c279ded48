import * as argon2 from 'argon2';

// OWASP's minimum recommended argon2id parameters: about 30 ms per hash on this hardware.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password);
}

/**
 * A hash to verify against when the email is unknown, so a wrong email and a wrong password take
 * the same time and an attacker cannot tell which accounts exist.
 */
export const decoyHash = hashPassword('decoy-password-that-matches-nothing');

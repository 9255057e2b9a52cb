import { hash, verify, type Algorithm } from '@node-rs/argon2';

// Algorithm.Argon2id; the enum is declared const, which isolated modules cannot read.
const ARGON2ID = 2 as Algorithm;
// OWASP's argon2id minimum: 19 MiB, 2 passes, 1 lane.
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

export async function passwordMatches(stored: string, password: string): Promise<boolean> {
	try {
		return await verify(stored, password);
	} catch {
		return false;
	}
}

/**
 * A hash of a password nobody has, checked when an e-mail address is unknown, so that signing
 * in takes as long for an unknown address as for a wrong password and reveals nothing.
 */
export const UNKNOWN_ACCOUNT_HASH = hashPassword('no account has this password, by construction');

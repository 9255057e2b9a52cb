import { createHash, randomBytes } from 'node:crypto';

/** A secret for a cookie or a link; only its hash is stored, so a database leak opens nothing. */
export function newToken(): { token: string; hash: string } {
	const token = randomBytes(32).toString('base64url');
	return { token, hash: tokenHash(token) };
}

export function tokenHash(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

import { BlockList, isIP } from 'node:net';
import { CannotStart } from '../db/cannot-start';

/**
 * The proxies whose X-Forwarded-For is believed: EFFECTWIJZER_TRUSTED_PROXIES, a comma-separated
 * list of addresses and address blocks ("127.0.0.1, 10.0.0.0/8, ::1"). Empty: none, and every
 * request is from the address that connected.
 */
export function trustedProxies(setting: string | undefined): BlockList {
	const list = new BlockList();
	for (const entry of (setting ?? '').split(',').map((e) => e.trim())) {
		if (!entry) continue;
		const [address = '', bits] = entry.split('/');
		const family = isIP(address);
		const prefix = bits === undefined ? null : Number(bits);
		const widest = family === 6 ? 128 : 32;
		if (
			family === 0 ||
			(prefix !== null && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= widest))
		)
			throw new CannotStart(
				`EFFECTWIJZER_TRUSTED_PROXIES: "${entry}" is geen adres of adresblok (zoals 127.0.0.1 of 10.0.0.0/8).\n` +
					`EFFECTWIJZER_TRUSTED_PROXIES: "${entry}" is not an address or address block (such as 127.0.0.1 or 10.0.0.0/8).`
			);
		const type = family === 6 ? 'ipv6' : 'ipv4';
		if (prefix === null) list.addAddress(address, type);
		else list.addSubnet(address, prefix, type);
	}
	return list;
}

/** "::ffff:10.0.0.1", how Node names an IPv4 peer on a dual-stack socket, is 10.0.0.1. */
function plain(address: string): string {
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
	return mapped ? mapped[1]! : address;
}

function isTrusted(trusted: BlockList, address: string): boolean {
	const family = isIP(address);
	return family !== 0 && trusted.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * Who is asking: the address that connected, unless that is a trusted proxy, in which case the
 * address that proxy says it had the request from, and so on from right to left along
 * X-Forwarded-For. Whatever a client wrote into that header itself stays on the left, unread.
 */
export function clientAddress(
	peer: string,
	forwardedFor: string | null,
	trusted: BlockList
): string {
	const hops = (forwardedFor ?? '')
		.split(',')
		.map((hop) => plain(hop.trim()))
		.filter(Boolean);
	let address = plain(peer);
	while (isTrusted(trusted, address) && hops.length > 0) {
		const previous = hops.pop()!;
		if (isIP(previous) === 0) break;
		address = previous;
	}
	return address;
}

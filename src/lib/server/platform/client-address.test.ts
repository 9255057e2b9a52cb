import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxies } from './client-address';

const PROXY = trustedProxies('127.0.0.1, ::1, 10.0.0.0/8');

describe('who is asking', () => {
	it.each([
		[
			'no proxy trusted: the connecting address, whatever the header says',
			'203.0.113.5',
			'1.2.3.4',
			trustedProxies(''),
			'203.0.113.5'
		],
		[
			'from a trusted proxy: the address it had the request from',
			'127.0.0.1',
			'198.51.100.7',
			PROXY,
			'198.51.100.7'
		],
		[
			'a client’s own header is left unread',
			'127.0.0.1',
			'1.2.3.4, 198.51.100.7',
			PROXY,
			'198.51.100.7'
		],
		['through two trusted proxies', '10.0.0.2', '198.51.100.7, 10.0.0.9', PROXY, '198.51.100.7'],
		[
			'from an untrusted peer the header counts for nothing',
			'198.51.100.7',
			'10.0.0.9',
			PROXY,
			'198.51.100.7'
		],
		[
			'an IPv4 peer on a dual-stack socket',
			'::ffff:127.0.0.1',
			'198.51.100.7',
			PROXY,
			'198.51.100.7'
		],
		['IPv6 loopback as the proxy', '::1', '2001:db8::5', PROXY, '2001:db8::5'],
		['a trusted proxy without the header', '127.0.0.1', null, PROXY, '127.0.0.1'],
		['garbage from the proxy: the proxy itself', '127.0.0.1', 'not-an-address', PROXY, '127.0.0.1'],
		['all hops trusted: the leftmost', '127.0.0.1', '10.1.1.1, 10.2.2.2', PROXY, '10.1.1.1']
	])('%s', (_case, peer, header, trusted, expected) => {
		expect(clientAddress(peer, header, trusted)).toBe(expected);
	});

	it.each(['10.0.0.0/33', 'localhost', '::1/129', '1.2.3.4/x', '300.1.1.1'])(
		'refuses to start with %s as a trusted proxy, naming the setting',
		(entry) => {
			expect(() => trustedProxies(`127.0.0.1, ${entry}`)).toThrow(
				/EFFECTWIJZER_TRUSTED_PROXIES: ".+" is geen adres/
			);
		}
	);
});

// Starts the built app. Behind a proxy in production, set ORIGIN to the public https address and
// HOST to the interface to listen on. On one's own machine the app listens on loopback only and,
// with no ORIGIN, takes the address it is reached at (http://localhost or http://127.0.0.1).
import { once } from 'node:events';
import { setSecurityHeaders } from './security-headers.js';

const port = process.env.PORT ?? '3000';
// A stop (SIGTERM, Ctrl-C) waits this many seconds for open connections before closing them:
// adapter-node's 30 s would keep a service manager waiting while the database is away.
process.env.SHUTDOWN_TIMEOUT ||= '2';
process.env.HOST ||= '127.0.0.1';
// Without ORIGIN, adapter-node takes the host from the request and the protocol from the header
// PROTOCOL_HEADER names, else assumes https. Here that header is written from the connection
// itself (a client cannot set it), so a plain-http local start accepts its own form posts.
const CONNECTION_PROTOCOL = 'x-effectwijzer-connection-protocol';
const ownProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (!process.env.ORIGIN) delete process.env.ORIGIN;
if (ownProtocol) process.env.PROTOCOL_HEADER = CONNECTION_PROTOCOL;
try {
	const { server } = await import('../build/index.js');
	const https = process.env.ORIGIN?.startsWith('https:') ?? false;
	server.server.prependListener('request', (request, response) => {
		if (ownProtocol)
			request.headers[CONNECTION_PROTOCOL] = request.socket.encrypted ? 'https' : 'http';
		setSecurityHeaders(request, response, https);
	});
	if (!server.server.listening) await once(server.server, 'listening');
	// The last lines of the start log say what to do next (adapter-node's "Listening on" is before).
	console.log(`Effectwijzer: open ${process.env.ORIGIN ?? `http://localhost:${port}`}`);
	// Same default as src/lib/server/app-database.ts: the demo is seeded into the embedded database.
	const demo = process.env.EFFECTWIJZER_DEMO ?? (process.env.DATABASE_URL ? 'off' : 'on');
	if (demo === 'on')
		console.log(
			'Demo: beheer@welzijn-voorbeeldstad.example (of wijkcoach@…, beleid@gemeente-voorbeeldstad.example), wachtwoord / password: demo-wachtwoord-2026'
		);
} catch (failure) {
	// A reason the person starting the app can mend (src/lib/server/db/cannot-start.ts) is said
	// plainly; anything else keeps its stack trace.
	if (failure?.name !== 'CannotStart') throw failure;
	console.error(failure.message);
	process.exit(1);
}

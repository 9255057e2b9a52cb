// Starts the built app. Behind a proxy in production, set ORIGIN to the public https address;
// on one's own machine the app answers at http://localhost, and form posts must come from there.
const port = process.env.PORT ?? '3000';
process.env.ORIGIN ??= `http://localhost:${port}`;
try {
	await import('../build/index.js');
} catch (failure) {
	// A reason the person starting the app can mend (src/lib/server/db/cannot-start.ts) is said
	// plainly; anything else keeps its stack trace.
	if (failure?.name !== 'CannotStart') throw failure;
	console.error(failure.message);
	process.exit(1);
}

// Starts the built app. Behind a proxy in production, set ORIGIN to the public https address;
// on one's own machine the app answers at http://localhost, and form posts must come from there.
const port = process.env.PORT ?? '3000';
process.env.ORIGIN ??= `http://localhost:${port}`;
await import('../build/index.js');

// The training area runs in a classroom with a poor connection and no accounts: every page is
// static, so the service worker can keep it for offline use, and nothing reaches a server.
export const prerender = true;

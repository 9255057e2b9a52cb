/**
 * The V8 settings the app runs with (`npm start`, the browser tests, `npm run bench:server`, and
 * the production command in the README; tests/start-command.test.ts keeps them the same).
 *
 * SvelteKit makes a fetch Request with an abort signal for every page it serves, and Node's fetch
 * registers each such signal with a FinalizationRegistry. Those registrations are released only
 * by a full garbage collection, which then runs all their finalizers in one go. With V8's default
 * heap growth a busy server collected fully every four to seven seconds and then stalled for 150
 * to 300 ms, every page in flight with it: the whole of the slow tail under load.
 *
 * - A full collection once the heap has grown by 30% (about once a second under that load, with
 *   pauses of 10 to 20 ms) keeps each batch of finalizers short; the heap stays smaller too.
 * - A 32 MB young generation lets a page's short-lived objects die young at thousands of pages a
 *   second instead of being promoted, which is what filled the heap so fast.
 *
 * V8 reads both when the process starts, so they go on node's command line; NODE_OPTIONS refuses
 * the first. Whether they are still needed after an upgrade of SvelteKit or Node: run
 * `BENCH_PROFILE=dir npm run bench:server` without them and look for undici's finalizers running
 * in one long task after each full collection.
 */
export const APP_NODE_FLAGS = ['--heap-growing-percent=30', '--max-semi-space-size=32'] as const;

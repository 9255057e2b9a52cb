/**
 * A reason the app cannot start that the person starting it can mend: a data folder another app
 * holds, a database out of reach. `scripts/serve.js` prints its message alone; a stack trace
 * would bury it.
 */
export class CannotStart extends Error {
	override readonly name = 'CannotStart';
}

import { runCatalogCommand } from './catalog-command';
import { HELP, type Command } from './help';
import { EXIT, UnreadableInput, UsageError, type Io } from './io';
import { runScenarioCommand } from './scenario-commands';
import { runSimulateCommand } from './simulate-command';

export { EXIT, processIo, type Io } from './io';

/** Runs the command line and returns the exit code; all I/O goes through `io`, for tests. */
export function main(argv: string[], io: Io): number {
	const [command, ...rest] = argv;
	try {
		if (command === undefined || command === '--help' || command === '-h') {
			io.stdout(HELP.main);
			return command === undefined ? EXIT.usage : EXIT.ok;
		}
		if (command === 'help') {
			const topic = rest[0] as Command | undefined;
			// help of a command that does not exist is a slip like the command itself
			if (topic !== undefined && !(topic in HELP)) throw new UsageError(`unknown command ${topic}`);
			io.stdout(topic ? HELP[topic] : HELP.main);
			return EXIT.ok;
		}
		if (command === 'compute' || command === 'validate')
			return runScenarioCommand(command, rest, io);
		if (command === 'catalog') return runCatalogCommand(rest, io);
		if (command === 'simulate') return runSimulateCommand(rest, io);
		throw new UsageError(`unknown command ${command}`);
	} catch (error) {
		if (error instanceof UnreadableInput) {
			io.stderr(`effectwijzer: ${error.message}\n`);
			return EXIT.invalidInput;
		}
		if (
			error instanceof UsageError ||
			(error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
		) {
			io.stderr(`effectwijzer: ${(error as Error).message}\nTry effectwijzer --help.\n`);
			return EXIT.usage;
		}
		throw error;
	}
}

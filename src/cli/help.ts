import { DOMAINS } from '../lib/engine';

export const HELP = {
	main: `effectwijzer: what social work saves society, from a scenario file

Usage: effectwijzer <command> [options]

Commands:
  compute FILE|-    compute a scenario and print the result
  validate FILE|-   check a scenario file and list every problem
  catalog           list the unit-cost catalog, or check a catalog file
  simulate FILE|-   Monte Carlo over the scenario's uncertain inputs
  help [COMMAND]    show help

Exit codes: 0 success, 1 invalid input (every problem listed by JSON path), 2 wrong usage.
The scenario format: docs/scenario-format.md and docs/scenario.schema.json.
`,
	compute: `Usage: effectwijzer compute FILE|- [--format table|json|csv] [--lang nl|en]
                              [--explain] [--overrides FILE]

Computes a scenario (a JSON file, or - for standard input) and prints the result.
  --format  table (default): a readable report; json: the full result with every line
            and exact decimal strings; csv: every figure in long form, money in cents
  --lang    nl (default) or en: the language of labels and messages
  --explain with the table format: add where every amount comes from (unit cost, price
            year, source, probabilities, adjustments)
  --overrides FILE
            an organisation's own unit costs (a catalog file, CSV or JSON); where an id is in
            the catalog, the own figure replaces it and is marked as overridden in every report
`,
	validate: `Usage: effectwijzer validate FILE|- [--lang nl|en] [--overrides FILE]

Checks a scenario file: its shape, and its meaning (probabilities in [0, 1], known unit costs,
price years the index covers, chains without loops...). Lists every problem by JSON path.
`,
	catalog: `Usage: effectwijzer catalog [--json] [--price-year YYYY] [--domain DOMAIN] [--lang nl|en]
       effectwijzer catalog --check FILE [--lang nl|en]

Lists the unit-cost catalog: id, label, amount, unit, payer, confidence grade and source.
  --json        every entry as JSON, amounts as exact decimal strings
  --price-year  show amounts indexed to this year with the CBS CPI (default: each entry's own)
  --domain      only this domain: ${DOMAINS.join(', ')}
  --check FILE  check a catalog file (CSV or JSON, as the catalog page exports it); every
                problem is listed by line and column, exit code 1 if there is any
`,
	simulate: `Usage: effectwijzer simulate FILE|- [--draws N] [--seed S] [--format table|json] [--lang nl|en]

Draws every uncertain input of the scenario (its "uncertainty" section: triangular, PERT,
uniform or beta distributions) N times from a generator seeded with S, so a run repeats exactly.
Prints the mean, P5, P50 and P95 of the net present value and of the return per euro, and the
odds of at least breaking even.
  --draws   number of draws, default 10000
  --seed    seed of the generator, default 1
`
} as const;

export type Command = keyof typeof HELP;

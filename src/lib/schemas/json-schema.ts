import * as z from 'zod/mini';
import { scenarioSchema } from './scenario';

export const SCENARIO_SCHEMA_ID = 'https://effectwijzer.nl/schema/effectwijzer-scenario-1.json';

/** The scenario format as JSON Schema, generated from the zod schema that reads it. */
export function scenarioJsonSchema(): Record<string, unknown> {
	const schema = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' });
	return { ...schema, $id: SCENARIO_SCHEMA_ID };
}

export function scenarioJsonSchemaText(): string {
	return JSON.stringify(scenarioJsonSchema(), null, '\t') + '\n';
}

// Regenerates docs/scenario.schema.json from the zod schema: npm run schema.
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchemaText } from '../src/lib/schemas/json-schema';

writeFileSync(new URL('../docs/scenario.schema.json', import.meta.url), scenarioJsonSchemaText());
console.log('docs/scenario.schema.json written');

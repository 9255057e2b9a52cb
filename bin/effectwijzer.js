#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so `npx effectwijzer` needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main, processIo } = await import('../src/cli/main.ts');
process.exitCode = main(process.argv.slice(2), processIo);

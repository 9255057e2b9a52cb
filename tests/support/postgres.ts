import type { TestProject } from 'vitest/node';
import { ThrowawayPostgres } from './throwaway-postgres';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A throwaway PostgreSQL server on loopback, for running the database tests on it too. */
		postgresUrl: string;
	}
}

/** Starts a fresh cluster for this test run, and removes it after. */
export default async function setup(project: TestProject) {
	const server = await ThrowawayPostgres.create();
	project.provide('postgresUrl', server.url);
	return () => server.remove();
}

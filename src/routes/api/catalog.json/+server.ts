import { CATALOG } from '$lib/catalog/catalog';
import { catalogToJson } from '$lib/catalog/catalog-file';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(catalogToJson(CATALOG), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="effectwijzer-kengetallen-${CATALOG.version}.json"`
		}
	});

import { PUBLISHED_CATALOG } from '$lib/catalog/published';
import { catalogToJson } from '$lib/catalog/catalog-file';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(catalogToJson(PUBLISHED_CATALOG), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="effectwijzer-kengetallen-${PUBLISHED_CATALOG.version}.json"`
		}
	});

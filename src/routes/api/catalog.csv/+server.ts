import { PUBLISHED_CATALOG } from '$lib/catalog/published';
import { catalogToCsv } from '$lib/catalog/catalog-file';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(catalogToCsv(PUBLISHED_CATALOG), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="effectwijzer-kengetallen-${PUBLISHED_CATALOG.version}.csv"`
		}
	});

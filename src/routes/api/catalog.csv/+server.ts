import { CATALOG } from '$lib/catalog/catalog';
import { catalogToCsv } from '$lib/catalog/catalog-file';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(catalogToCsv(CATALOG), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="effectwijzer-kengetallen-${CATALOG.version}.csv"`
		}
	});

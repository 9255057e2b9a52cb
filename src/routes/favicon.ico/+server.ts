import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** Browsers ask for /favicon.ico whatever the page links; send them to the SVG icon. */
export const GET: RequestHandler = () => redirect(308, '/favicon.svg');

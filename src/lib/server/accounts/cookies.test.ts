import { describe, expect, it } from 'vitest';
import { returnPath } from './cookies';

const HOME = '/organisatie';
const after = (terug: string) => {
	const url = new URL('https://effectwijzer.example.nl/inloggen');
	url.searchParams.set('terug', terug);
	return returnPath(url);
};

describe('where signing in leads', () => {
	it.each([
		['/organisatie', '/organisatie'],
		['/organisatie/casussen/nieuw', '/organisatie/casussen/nieuw'],
		['/organisatie/portfolio/2026?pagina=2', '/organisatie/portfolio/2026?pagina=2'],
		['/organisatie/casussen/abc#figuren', '/organisatie/casussen/abc#figuren'],
		['/', '/'],
		['/vergelijken?x=%2F%2Fevil', '/vergelijken?x=%2F%2Fevil'],
		['/organisatie/./casussen', '/organisatie/casussen'],
		['/organisatie/x/../casussen', '/organisatie/casussen']
	])('keeps the path of this site %j', (terug, expected) => {
		expect(after(terug)).toBe(expected);
	});

	it.each([
		'',
		'//evil.example',
		'///evil.example',
		'/\\evil.example',
		'\\\\evil.example',
		'/\\/evil.example',
		'/\t/evil.example',
		'/\n/evil.example',
		'/\r/evil.example',
		'/\u0000/evil.example',
		'/\u007f/evil.example',
		' //evil.example',
		'https://evil.example',
		'http://evil.example/organisatie',
		'HTTPS://evil.example',
		'//evil.example/organisatie',
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'evil.example',
		'organisatie',
		'./organisatie',
		'../organisatie',
		'\t//evil.example',
		'\\/evil.example',
		'/\\\\evil.example',
		'/x\\y',
		'/\u001f',
		'/ \t',
		'https:evil.example',
		'//\u0000evil.example',
		// dot segments that resolving takes away, leaving "//evil.example"
		'/.//evil.example/',
		'/././/evil.example',
		'/..//evil.example',
		'/a/..//evil.example',
		'/a/b/../..//evil.example',
		'/%2e//evil.example',
		'/%2E%2E//evil.example',
		'/.%2e//evil.example',
		'/./\\evil.example',
		'/.//evil.example/organisatie?x=1#y'
	])('sends %j to the organisation area, never another site', (terug) => {
		expect(after(terug)).toBe(HOME);
	});

	it('sends a missing return path to the organisation area', () => {
		expect(returnPath(new URL('https://effectwijzer.example.nl/inloggen'))).toBe(HOME);
	});
});

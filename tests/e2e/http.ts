/**
 * A signed-in (or anonymous) visitor speaking HTTP to the app, as a browser would: a session
 * cookie, the Origin header SvelteKit checks on form posts, and redirects left to the caller.
 */
export class Visitor {
	cookie = '';
	constructor(readonly baseUrl: string) {}

	async request(
		method: string,
		path: string,
		body?: Record<string, string> | object,
		json = false
	) {
		const headers: Record<string, string> = { origin: this.baseUrl };
		if (this.cookie) headers.cookie = this.cookie;
		let payload: string | undefined;
		if (body && json) {
			headers['content-type'] = 'application/json';
			payload = JSON.stringify(body);
		} else if (body) {
			headers['content-type'] = 'application/x-www-form-urlencoded';
			// a form action answers in JSON with its outcome, as SvelteKit's enhance does
			headers.accept = 'application/json';
			payload = new URLSearchParams(body as Record<string, string>).toString();
		}
		const response = await fetch(this.baseUrl + path, {
			method,
			headers,
			body: payload,
			redirect: 'manual'
		});
		const set = response.headers.get('set-cookie');
		if (set?.startsWith('effectwijzer_session=')) this.cookie = set.split(';')[0]!;
		const text = await response.text();
		return {
			status: response.status,
			headers: response.headers,
			location: response.headers.get('location'),
			text,
			action: actionOutcome(text)
		};
	}

	get = (path: string) => this.request('GET', path);
	post = (path: string, form: Record<string, string>) => this.request('POST', path, form);
}

/** A form action's JSON answer: success, failure (with its status), redirect or error. */
function actionOutcome(text: string): { type: string; status: number; location?: string } | null {
	try {
		const parsed = JSON.parse(text);
		return typeof parsed?.type === 'string' ? parsed : null;
	} catch {
		return null;
	}
}

/** What the user typed, returned with a refused form so that nothing is lost. */
export function typedCase(form: FormData) {
	const text = (key: string) => String(form.get(key) ?? '');
	return {
		caseCode: text('caseCode'),
		year: text('year'),
		times: text('times'),
		startedOn: text('startedOn'),
		notes: text('notes'),
		scenario: text('scenario')
	};
}

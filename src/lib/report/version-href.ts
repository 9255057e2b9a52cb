/** The address of a version of a report (null: the concept), compared with another if asked. */
export function versionHref(base: string, version: number | null, compareWith?: number): string {
	const query = [
		version === null ? '' : `versie=${version}`,
		compareWith === undefined ? '' : `vergelijk=${compareWith}`
	].filter(Boolean);
	return query.length > 0 ? `${base}?${query.join('&')}` : base;
}

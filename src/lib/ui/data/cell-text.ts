/** A cell of a preview as text: NULL as ∅, timestamps (epoch ms from the engine) as naive date-times. */
export function cellText(value: unknown, type: string | undefined): string {
	if (value === null || value === undefined) return '∅';
	if (typeof value === 'number' && (type?.startsWith('TIMESTAMP') || type === 'DATE')) {
		return new Date(value)
			.toISOString()
			.replace('T', ' ')
			.replace(/(\.000)?Z$/, '');
	}
	if (typeof value === 'object')
		return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
	return String(value);
}

import { describe, expect, it } from 'vitest';
import { quoteIdent, quoteString, timestampLiteral } from '../../src/lib/sql/quote';

describe('quoteIdent', () => {
	it('wraps names in double quotes and doubles embedded quotes', () => {
		expect(quoteIdent('created_at')).toBe('"created_at"');
		expect(quoteIdent('say "hi"')).toBe('"say ""hi"""');
		expect(quoteIdent('select')).toBe('"select"');
		expect(quoteIdent('고객 ID')).toBe('"고객 ID"');
	});
	it('rejects empty names', () => {
		expect(() => quoteIdent('')).toThrow(/empty/);
	});
});

describe('quoteString', () => {
	it('doubles single quotes so a value cannot end the literal', () => {
		expect(quoteString("O'Brien")).toBe("'O''Brien'");
		expect(quoteString("x'; DROP TABLE events; --")).toBe("'x''; DROP TABLE events; --'");
	});
});

describe('timestampLiteral', () => {
	it('accepts ISO dates and date-times', () => {
		expect(timestampLiteral('2025-09-08')).toBe("TIMESTAMP '2025-09-08'");
		expect(timestampLiteral('2025-09-08T10:30:00')).toBe("TIMESTAMP '2025-09-08 10:30:00'");
	});
	it('rejects anything that is not a date', () => {
		expect(() => timestampLiteral("2025-01-01' OR 1=1 --")).toThrow(/ISO/);
		// Read by the one period parser: a day that does not exist is not a date either.
		expect(() => timestampLiteral('2025-02-30')).toThrow(/ISO/);
		expect(() => timestampLiteral('2025-09-08T25:00')).toThrow(/ISO/);
	});
});

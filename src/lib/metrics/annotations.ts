/**
 * Annotations and hypotheses as data (SPEC §4): a dated note ("Self-service launch", "Carrier outage"),
 * optionally tied to metrics, optionally with an expected effect ("contact_rate goes down after it").
 * The file format is JSON with a `version`, validated like a tree file: every problem is returned,
 * each naming the entry (index and id) and the field. Pure: no storage, no UI.
 */
import * as v from 'valibot';
import { toEpochMs } from './period';
import { DIRECTIONS, type Direction, type Result } from './types';

export const ANNOTATION_FILE_VERSION = 1;
/** N of SPEC §4: the days compared on each side of the annotation. */
export const DEFAULT_HYPOTHESIS_DAYS = 28;
export const MAX_HYPOTHESIS_DAYS = 366;
export const MAX_LABEL_LENGTH = 200;

export interface Hypothesis {
	/** The node id of the metric expected to move. */
	metric: string;
	expect: Direction;
	/** N: days compared after and before. */
	days: number;
}

export interface Annotation {
	id: string;
	/** First day (ISO date). */
	start: string;
	/** Last day, inclusive (ISO date); absent for a single day. */
	end?: string;
	/** The user's text, shown as written in every language. */
	label: string;
	/** Node ids the note is about (its markers are drawn on every series in any case). */
	metrics?: string[];
	hypothesis?: Hypothesis;
}

export interface AnnotationFile {
	version: typeof ANNOTATION_FILE_VERSION;
	annotations: Annotation[];
}

/**
 * What is wrong, as a code the UI says in the user's language (`notes.error.<code>`); the schema's
 * messages are these codes, so each valibot issue maps to one.
 */
export const ANNOTATION_PROBLEMS = [
	'json',
	'not_object',
	'version',
	'not_list',
	'missing',
	'not_text',
	'empty',
	'too_long',
	'not_date',
	'end_before_start',
	'not_direction',
	'not_days',
	'duplicate_id'
] as const;
export type AnnotationProblem = (typeof ANNOTATION_PROBLEMS)[number];

export interface AnnotationError {
	problem: AnnotationProblem;
	/** 0-based index of the entry in `annotations`; absent for a problem with the file itself. */
	entry?: number;
	/** The entry's id when it has a usable one. */
	id?: string;
	/** Dotted path inside the entry, e.g. `hypothesis.expect`. */
	field?: string;
	/** For people, in English: where and what. */
	message: string;
}

const text = (maxLength: number) =>
	v.pipe(
		v.string('not_text' satisfies AnnotationProblem),
		v.trim(),
		v.minLength(1, 'empty' satisfies AnnotationProblem),
		v.maxLength(maxLength, 'too_long' satisfies AnnotationProblem)
	);
const isoDate = v.pipe(
	v.string('not_date' satisfies AnnotationProblem),
	v.check(
		(s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(toEpochMs(s)),
		'not_date' satisfies AnnotationProblem
	)
);

const hypothesisSchema = v.object(
	{
		metric: text(100),
		expect: v.picklist(DIRECTIONS, 'not_direction' satisfies AnnotationProblem),
		days: v.optional(
			v.pipe(
				v.number('not_days' satisfies AnnotationProblem),
				v.integer('not_days' satisfies AnnotationProblem),
				v.minValue(1, 'not_days' satisfies AnnotationProblem),
				v.maxValue(MAX_HYPOTHESIS_DAYS, 'not_days' satisfies AnnotationProblem)
			),
			DEFAULT_HYPOTHESIS_DAYS
		)
	},
	'not_object' satisfies AnnotationProblem
);

/** One entry of the file (and of the stored list). */
export const annotationSchema = v.pipe(
	v.object(
		{
			id: text(100),
			start: isoDate,
			end: v.optional(isoDate),
			label: text(MAX_LABEL_LENGTH),
			metrics: v.optional(v.array(text(100), 'not_list' satisfies AnnotationProblem)),
			hypothesis: v.optional(hypothesisSchema)
		},
		'not_object' satisfies AnnotationProblem
	),
	v.forward(
		v.check((a) => a.end === undefined || a.end >= a.start, 'end_before_start' satisfies AnnotationProblem),
		['end']
	)
);

const fileSchema = v.object(
	{
		version: v.literal(ANNOTATION_FILE_VERSION, 'version' satisfies AnnotationProblem),
		annotations: v.array(v.unknown(), 'not_list' satisfies AnnotationProblem)
	},
	'not_object' satisfies AnnotationProblem
);

const PROBLEM_TEXT: Record<AnnotationProblem, string> = {
	json: 'the file is not valid JSON',
	not_object: 'expected an object',
	version: `expected version ${ANNOTATION_FILE_VERSION}`,
	not_list: 'expected a list',
	missing: 'this field is required',
	not_text: 'expected text',
	empty: 'must not be empty',
	too_long: 'is too long',
	not_date: 'expected a date as YYYY-MM-DD',
	end_before_start: 'the end is before the start',
	not_direction: 'expected “up” or “down”',
	not_days: `expected a whole number of days from 1 to ${MAX_HYPOTHESIS_DAYS}`,
	duplicate_id: 'another entry has the same id'
};

/** An error with its English message, which starts with where it is. */
export function annotationError(
	problem: AnnotationProblem,
	where: { entry?: number; id?: string; field?: string } = {}
): AnnotationError {
	const location = [
		where.entry === undefined
			? null
			: `entry ${where.entry + 1}${where.id === undefined ? '' : ` (“${where.id}”)`}`,
		where.field === undefined ? null : `field “${where.field}”`
	].filter((part) => part !== null);
	const message =
		location.length > 0 ? `${location.join(', ')}: ${PROBLEM_TEXT[problem]}` : PROBLEM_TEXT[problem];
	return { problem, ...where, message };
}

function problemOf(issue: v.BaseIssue<unknown>): AnnotationProblem {
	// A missing key reaches the field's first validator with `undefined`.
	// Stryker disable next-line ConditionalExpression: only a schema sees undefined (validations run on what a schema let through)
	if (issue.input === undefined && issue.kind === 'schema') return 'missing';
	return (ANNOTATION_PROBLEMS as readonly string[]).includes(issue.message)
		? (issue.message as AnnotationProblem)
		: // Stryker disable next-line StringLiteral: unreachable, every schema and check above has a problem code as its message
			'not_object';
}

function fieldOf(issue: v.BaseIssue<unknown>): string | undefined {
	const keys = (issue.path ?? []).map((item) => String(item.key));
	return keys.length > 0 ? keys.join('.') : undefined;
}

function idOf(raw: unknown): string | undefined {
	if (typeof raw !== 'object' || raw === null || !('id' in raw)) return undefined;
	return typeof raw.id === 'string' && raw.id.trim() !== '' ? raw.id.trim() : undefined;
}

/** Validate a list of entries (the file's `annotations`, or what the browser kept). */
export function validateAnnotations(entries: readonly unknown[]): Result<Annotation[], AnnotationError[]> {
	const errors: AnnotationError[] = [];
	const annotations: Annotation[] = [];
	const seen = new Set<string>();
	entries.forEach((raw, entry) => {
		const id = idOf(raw);
		if (Array.isArray(raw)) {
			errors.push(annotationError('not_object', { entry }));
			return;
		}
		const parsed = v.safeParse(annotationSchema, raw);
		if (!parsed.success) {
			for (const issue of parsed.issues) {
				errors.push(annotationError(problemOf(issue), { entry, id, field: fieldOf(issue) }));
			}
			return;
		}
		if (seen.has(parsed.output.id)) {
			errors.push(annotationError('duplicate_id', { entry, id, field: 'id' }));
			return;
		}
		seen.add(parsed.output.id);
		annotations.push(withoutEmpty(parsed.output));
	});
	return errors.length > 0 ? { ok: false, error: errors } : { ok: true, value: annotations };
}

/** Optional fields left out rather than written as `undefined` or `[]` (clean files, equal round trips). */
function withoutEmpty(a: v.InferOutput<typeof annotationSchema>): Annotation {
	const out: Annotation = { id: a.id, start: a.start, label: a.label };
	if (a.end !== undefined && a.end !== a.start) out.end = a.end;
	if (a.metrics && a.metrics.length > 0) out.metrics = [...new Set(a.metrics)];
	if (a.hypothesis) out.hypothesis = { ...a.hypothesis };
	return out;
}

/** Validate an already-parsed annotation file. */
export function validateAnnotationFile(input: unknown): Result<Annotation[], AnnotationError[]> {
	// valibot's object schema takes an array for an object with its keys missing; say what it is.
	if (Array.isArray(input)) return { ok: false, error: [annotationError('not_object')] };
	const parsed = v.safeParse(fileSchema, input);
	if (!parsed.success) {
		return {
			ok: false,
			error: parsed.issues.map((issue) => annotationError(problemOf(issue), { field: fieldOf(issue) }))
		};
	}
	return validateAnnotations(parsed.output.annotations);
}

/** Read an annotation file's text (JSON). */
export function parseAnnotationFile(json: string): Result<Annotation[], AnnotationError[]> {
	let input: unknown;
	try {
		input = JSON.parse(json);
	} catch {
		return { ok: false, error: [annotationError('json')] };
	}
	return validateAnnotationFile(input);
}

/** The file's text for a list of annotations (what export writes and import reads). */
export function annotationFileText(annotations: readonly Annotation[]): string {
	const file: AnnotationFile = { version: ANNOTATION_FILE_VERSION, annotations: [...annotations] };
	return `${JSON.stringify(file, null, '\t')}\n`;
}

/** The last day of an annotation (inclusive). */
export function lastDay(a: Annotation): string {
	return a.end ?? a.start;
}

/** Whether an annotation overlaps the half-open period [start, end). */
export function overlaps(a: Annotation, period: { start: string; end: string }): boolean {
	return a.start < period.end && lastDay(a) >= period.start;
}

/** The annotations that fall in a period, in date order. */
export function annotationsIn(annotations: readonly Annotation[], period: { start: string; end: string }) {
	return annotations.filter((a) => overlaps(a, period)).sort(byDate);
}

/** Oldest first, then by label. */
export function byDate(a: Annotation, b: Annotation): number {
	return (
		a.start.localeCompare(b.start) || lastDay(a).localeCompare(lastDay(b)) || a.label.localeCompare(b.label)
	);
}

/** The list with `annotation` added, or replacing the entry of the same id. */
export function withAnnotation(list: readonly Annotation[], annotation: Annotation): Annotation[] {
	const index = list.findIndex((a) => a.id === annotation.id);
	if (index < 0) return [...list, annotation];
	return list.map((a, i) => (i === index ? annotation : a));
}

export function withoutAnnotation(list: readonly Annotation[], id: string): Annotation[] {
	return list.filter((a) => a.id !== id);
}

/** An id not used in `list`, from the label (readable in an exported file). */
export function newAnnotationId(list: readonly Annotation[], label: string): string {
	const base =
		label
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.slice(0, 40)
			.replace(/^-+|-+$/g, '') || 'note';
	const used = new Set(list.map((a) => a.id));
	if (!used.has(base)) return base;
	for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The built-in sample (SPEC §6), served from the app's own origin as hashed assets. */
import eventsUrl from '../../../data/sample/events.parquet?url';
import surveysUrl from '../../../data/sample/surveys.parquet?url';
import ticketsUrl from '../../../data/sample/tickets.parquet?url';
import type { TableId } from './schema';

export const SAMPLE_URLS: Record<TableId, string> = {
	events: eventsUrl,
	tickets: ticketsUrl,
	surveys: surveysUrl
};

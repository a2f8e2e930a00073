/** The session's data lifecycle on the real engine: sample, uploads, replay after a "reload", reset. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withUpload, type StoredUpload } from '../../../src/lib/data/upload-store';
import { startNodeEngine } from '../../../src/lib/engine/node';
import { Session, type UploadStore } from '../../../src/lib/ui/session.svelte';
import { serveStatic, type StaticServer } from '../../e2e/server';
import { memorySnapshotStore } from '../../fixtures/memory-snapshot-store';
import type { SnapshotStore } from '../../../src/lib/data/snapshot';

/** An in-memory stand-in for the IndexedDB store, with the same replace/append rule. */
function memoryStore(): UploadStore & { stored: StoredUpload[] } {
	const store = {
		stored: [] as StoredUpload[],
		listUploads: async () => [...store.stored],
		saveUpload: async (upload: StoredUpload) => {
			store.stored = withUpload(store.stored, upload);
		},
		clearUploads: async () => {
			store.stored = [];
		}
	};
	return store;
}

const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
const ticketMapping = {
	ticket_id: { source: 'id' },
	created_at: { source: 'opened', reading: 'text' as const }
};

/** Load CSV text into tickets through the session, as the Data page does, with the mapping above. */
function uploadTickets(session: Session, name: string, text: string, mode: 'replace' | 'append' = 'replace') {
	const file = csv(name, text);
	return session.importUpload({
		table: 'tickets',
		mode,
		mapping: ticketMapping,
		name,
		file,
		source: { kind: 'file', file, format: 'csv' }
	});
}

describe('session: uploads survive a reload and reset returns to the sample', () => {
	let server: StaticServer;
	let sampleUrl: string;
	const sessions: Session[] = [];
	// A fresh server per test: Node's fetch would otherwise reuse a keep-alive socket the server has closed.
	beforeEach(async () => {
		server = await serveStatic('data/sample');
		sampleUrl = `${server.url}/sample.duckdb`;
	});
	afterEach(async () => {
		for (const s of sessions.splice(0)) await (await s.engine()).close();
		await server.close();
	});

	const start = async (store: UploadStore, snapshots: SnapshotStore | null = null) => {
		const session = new Session(() => startNodeEngine(), sampleUrl, store, null, snapshots);
		sessions.push(session);
		await session.open();
		expect(session.error).toBeNull();
		expect(session.phase).toBe('ready');
		return session;
	};
	const rows = (session: Session, table: string) => session.summaries.find((s) => s.table === table)?.rows;

	it('replays a replace and an append after a restart, keeps the other tables on the sample, and resets', async () => {
		const store = memoryStore();
		const first = await start(store);
		const sampleTickets = rows(first, 'tickets')!;
		expect(first.origin).toEqual({ kind: 'sample' });
		// What the data is, for the answers kept for a returning visit: known before loading, and confirmed.
		const sampleData = first.loadedData;
		expect(first.expectedData).toBe(sampleData);

		await uploadTickets(first, 'a.csv', 'id,opened\na1,2025-01-01 10:00:00\na2,2025-01-02 10:00:00\n');
		const report = await uploadTickets(
			first,
			'b.csv',
			'id,opened\nb1,2025-01-03 10:00:00\na1,2025-01-04 10:00:00\n',
			'append'
		);
		// a1 is already loaded, so only b1 is added: 2 + 1
		expect(report).toMatchObject({ rowsLoaded: 1, tableRows: 3 });
		expect(store.stored.map((u) => [u.name, u.mode])).toEqual([
			['a.csv', 'replace'],
			['b.csv', 'append']
		]);

		// Each upload is other data.
		expect(first.loadedData).not.toBe(sampleData);
		const second = await start(store);
		expect(second.expectedData).toBe(first.loadedData);
		expect(second.loadedData).toBe(first.loadedData);
		expect(rows(second, 'tickets')).toBe(3);
		expect(rows(second, 'events')).toBe(rows(first, 'events'));
		expect(second.origin).toMatchObject({
			kind: 'uploaded',
			tables: ['tickets'],
			since: store.stored[0]!.at
		});

		await second.resetToSample();
		expect(store.stored).toEqual([]);
		expect(rows(second, 'tickets')).toBe(sampleTickets);
		expect(second.origin).toEqual({ kind: 'sample' });
		expect(second.loadedData).toBe(sampleData);
	});

	it('falls back to the sample, saying so, when a stored upload no longer loads', async () => {
		const store = memoryStore();
		const file = csv('gone.csv', 'something,else\n1,2\n');
		store.stored = [
			{
				table: 'tickets',
				mode: 'replace',
				name: 'gone.csv',
				format: 'csv',
				file,
				mapping: ticketMapping,
				at: 1
			}
		];
		const session = await start(store);
		expect(session.restoreError).toMatchObject({
			key: 'session.restoreFailed',
			params: { table: 'tickets' }
		});
		expect(rows(session, 'tickets')).toBeGreaterThan(0);
		// The upload was expected, the sample is what loaded: the last visit's answers are not the sample's.
		expect(session.loadedData).not.toBe(session.expectedData);
		expect(session.loadedData).toBe((await start(memoryStore())).loadedData);
	});

	it('says when an upload is loaded but the browser refused to keep it', async () => {
		const store = memoryStore();
		store.saveUpload = async () => {
			throw new Error('QuotaExceededError');
		};
		const session = await start(store);
		await uploadTickets(session, 'a.csv', 'id,opened\na1,2025-01-01 10:00:00\n');
		expect(session.notKept).toBe(true);
		expect(session.origin).toMatchObject({ kind: 'uploaded', tables: ['tickets'] });
		expect(rows(session, 'tickets')).toBe(1);
	});

	it('brings uploads back from their saved copy, and replays the files when the copy is missing or damaged', async () => {
		const store = memoryStore();
		const copies = memorySnapshotStore();
		const first = await start(store, copies);
		await uploadTickets(first, 'a.csv', 'id,opened\na1,2025-01-01 10:00:00\na2,2025-01-02 10:00:00\n');
		await uploadTickets(first, 'b.csv', 'id,opened\nb1,2025-01-03 10:00:00\n', 'append');
		await first.copiesSaved();
		expect([...copies.saved.keys()]).toEqual(['tickets']);
		expect(copies.saved.get('tickets')!.manifest).toMatchObject({ rows: 3 });
		const ids = async (session: Session) =>
			(await (await session.engine()).rows('SELECT ticket_id FROM tickets ORDER BY ticket_id')).map(
				(r) => r.ticket_id
			);

		// A reload: the copy is loaded, the files are not imported again.
		const second = await start(store, copies);
		expect(second.restoredFrom).toEqual({ tickets: 'copy' });
		expect(second.copyNotices).toEqual([]);
		expect(await ids(second)).toEqual(['a1', 'a2', 'b1']);
		expect(second.origin).toMatchObject({ kind: 'uploaded', tables: ['tickets'] });

		// A damaged copy: the files are replayed, nothing is lost, and a notice says so; a new copy is saved.
		const frames = copies.saved.get('tickets')!.frames;
		frames[0] = frames[0]!.slice(0, 50);
		const third = await start(store, copies);
		expect(third.restoredFrom).toEqual({ tickets: 'files' });
		expect(third.copyNotices).toMatchObject([
			{ key: 'session.copyUnreadable', params: { table: 'tickets' } }
		]);
		expect(await ids(third)).toEqual(['a1', 'a2', 'b1']);
		await third.copiesSaved();
		expect(copies.saved.get('tickets')!.frames[0]!.byteLength).toBeGreaterThan(50);

		// No copy at all (storage cleared): replayed, with its own notice.
		await copies.remove();
		const fourth = await start(store, copies);
		expect(fourth.restoredFrom).toEqual({ tickets: 'files' });
		expect(fourth.copyNotices).toMatchObject([{ key: 'session.copyMissing', params: { table: 'tickets' } }]);
		expect(await ids(fourth)).toEqual(['a1', 'a2', 'b1']);

		// Reset forgets the copies with the uploads.
		await fourth.copiesSaved();
		await fourth.resetToSample();
		expect(copies.saved.size).toBe(0);
		expect(fourth.restoredFrom).toEqual({});
	}, 120_000);

	it('says when a copy could not be saved, and keeps the loaded data', async () => {
		const store = memoryStore();
		const copies = memorySnapshotStore();
		copies.write = async () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		const session = await start(store, copies);
		await uploadTickets(session, 'a.csv', 'id,opened\na1,2025-01-01 10:00:00\n');
		await session.copiesSaved();
		expect(session.copyNotices).toMatchObject([
			{ key: 'session.copyNotSaved', params: { table: 'tickets' } }
		]);
		expect(rows(session, 'tickets')).toBe(1);
		expect(store.stored).toHaveLength(1);
	}, 60_000);
});

/**
 * Reading a saved copy's frames back from its data file (snapshot-store.ts): every frame in order with
 * exactly its bytes, and the next frame's read already started while the caller loads the current one.
 */
import { describe, expect, it } from 'vitest';
import { blobFrames } from '../../../src/lib/data/snapshot-store';

/** A Blob whose slices record when they were read. */
function recordingBlob(bytes: Uint8Array, reads: string[]): Blob {
	const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
	const slice = blob.slice.bind(blob);
	blob.slice = (start?: number, end?: number) => {
		reads.push(`read ${start}-${end}`);
		return slice(start, end);
	};
	return blob;
}

/** Six bytes as two frames of 3, the second of which cannot be read from disk. */
function secondFrameUnreadable(): Blob {
	const blob = new Blob([new Uint8Array(6)]);
	const slice = blob.slice.bind(blob);
	blob.slice = (start?: number, end?: number) =>
		start === 3
			? ({ arrayBuffer: () => Promise.reject(new Error('disk gone')) } as unknown as Blob)
			: slice(start, end);
	return blob;
}

describe('blobFrames', () => {
	it('yields each frame with exactly its bytes, in order', async () => {
		const bytes = Uint8Array.from({ length: 10 }, (_, i) => i * 11);
		const out: number[][] = [];
		for await (const frame of blobFrames(new Blob([bytes]), [3, 0, 5, 2])) out.push([...frame]);
		expect(out).toEqual([[0, 11, 22], [], [33, 44, 55, 66, 77], [88, 99]]);
	});

	it('yields nothing for a copy without frames', async () => {
		const out: Uint8Array[] = [];
		for await (const frame of blobFrames(new Blob([]), [])) out.push(frame);
		expect(out).toEqual([]);
	});

	it('starts reading frame i + 1 before the caller has finished with frame i', async () => {
		const log: string[] = [];
		const frames = blobFrames(recordingBlob(new Uint8Array(9), log), [4, 3, 2]);
		for await (const frame of frames) log.push(`load ${frame.byteLength} bytes`);
		expect(log).toEqual(['read 0-4', 'read 4-7', 'load 4 bytes', 'read 7-9', 'load 3 bytes', 'load 2 bytes']);
	});

	it('a failed read-ahead the caller never asks for does not surface as an unhandled rejection', async () => {
		const blob = secondFrameUnreadable();
		const unhandled: unknown[] = [];
		const onUnhandled = (reason: unknown) => unhandled.push(reason);
		process.on('unhandledRejection', onUnhandled);
		try {
			for await (const frame of blobFrames(blob, [3, 3])) {
				expect(frame.byteLength).toBe(3);
				break; // the load stops after the first frame
			}
			await new Promise((done) => setTimeout(done, 20));
			expect(unhandled).toEqual([]);
		} finally {
			process.off('unhandledRejection', onUnhandled);
		}
	});

	it('a failed read of a frame the caller asks for is thrown to it', async () => {
		const blob = secondFrameUnreadable();
		const read = async () => {
			for await (const frame of blobFrames(blob, [3, 3])) void frame;
		};
		await expect(read()).rejects.toThrow('disk gone');
	});
});

/** The browser's side of the server API: the same tree queries, answered by a Northstar server. */
import * as v from 'valibot';
import type { Breakdown } from '../metrics/breakdown';
import type { TreeResult } from '../metrics/evaluate';
import type { DimensionBreakdown } from '../metrics/explain';
import type { EvaluationRequest } from '../metrics/request';
import { evaluationRequestSchema } from '../metrics/request-schema';
import type { DimensionValue, TreeQueries } from '../metrics/tree-queries';
import { API, type ApiError, type ServerInfo } from './protocol';

/** An API call that failed; `code` says why (`unauthorized` means the token is missing or wrong). */
export class ApiFailure extends Error {
	override readonly name = 'ApiFailure';
	constructor(
		readonly code: ApiError['code'] | 'network',
		message: string,
		readonly status: number
	) {
		super(message);
	}
}

export class ServerClient {
	/** The bearer token, when the server needs one. */
	token: string | null;

	constructor(
		token: string | null = null,
		private readonly fetchFn: typeof fetch = (...args) => fetch(...args)
	) {
		this.token = token;
	}

	info(): Promise<ServerInfo> {
		return this.#call<ServerInfo>(API.info);
	}

	/** The default tree's queries, evaluated by the server (a request is checked here with the server's schema first). */
	treeQueries(): TreeQueries {
		const checked = (request: EvaluationRequest) => v.parse(evaluationRequestSchema, request);
		return {
			evaluate: (request) =>
				this.#call<TreeResult>(API.evaluate, { tree: 'default', request: checked(request) }),
			breakdown: (node, dimension, request) =>
				this.#call<Breakdown>(API.breakdown, { tree: 'default', node, dimension, request: checked(request) }),
			dimensionBreakdowns: (targets, request) =>
				this.#call<DimensionBreakdown[]>(API.dimensionBreakdowns, {
					tree: 'default',
					targets,
					request: checked(request)
				}),
			dimensionValues: (table, dimension, extra) =>
				this.#call<DimensionValue[]>(API.values, { table, dimension, dimensions: extra })
		};
	}

	async #call<T>(path: string, body?: unknown): Promise<T> {
		const headers: Record<string, string> = { Accept: 'application/json' };
		if (this.token) headers.Authorization = `Bearer ${this.token}`;
		if (body !== undefined) headers['Content-Type'] = 'application/json';
		let response: Response;
		try {
			response = await this.fetchFn(path, {
				method: body === undefined ? 'GET' : 'POST',
				headers,
				body: body === undefined ? undefined : JSON.stringify(body),
				credentials: 'same-origin'
			});
		} catch (error) {
			throw new ApiFailure('network', `The Northstar server did not answer (${String(error)}).`, 0);
		}
		if (response.ok) return (await response.json()) as T;
		const failure = (await response.json().catch(() => null)) as ApiError | null;
		throw new ApiFailure(
			failure?.code ?? 'query_failed',
			failure?.message ?? `The server answered ${response.status}.`,
			response.status
		);
	}
}

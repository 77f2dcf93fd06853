/** Client side of test/server/mock-api.mjs: script answers, then read what was sent. */

export interface MockResponse {
  status?: number;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is (e.g. a non-JSON answer). */
  raw?: string;
  contentType?: string;
  headers?: Record<string, string>;
  /** Milliseconds before answering. */
  delay?: number;
  /** Never answer (until the client gives up). */
  hang?: boolean;
  /** Send the body in `chunks` pieces, `interval` ms apart. */
  trickle?: { chunks?: number; interval?: number };
  /** Keep answering with this response. */
  repeat?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: string;
}

let counter = 0;

/** A fresh endpoint path, unique to this test, answering `responses` in order. */
export async function mockEndpoint(name: string, ...responses: MockResponse[]): Promise<string> {
  const path = `/mock/${name}-${Date.now().toString(36)}-${counter++}-${Math.random().toString(36).slice(2, 8)}`;
  await scriptEndpoint(path, ...responses);
  return path;
}

/** Replaces what an existing endpoint answers next. */
export async function scriptEndpoint(path: string, ...responses: MockResponse[]): Promise<void> {
  const answer = await fetch('/mock/__script', {
    method: 'POST',
    body: JSON.stringify({ path, responses }),
  });
  if (!answer.ok) throw new Error(`scripting ${path} failed: ${answer.status}`);
}

export async function recordedRequests(path: string): Promise<RecordedRequest[]> {
  const answer = await fetch(`/mock/__requests?path=${encodeURIComponent(path)}`);
  return (await answer.json()) as RecordedRequest[];
}

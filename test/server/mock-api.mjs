// A scriptable HTTP endpoint inside the test server, so tests make real network calls.
//
//   POST /mock/__script   {path, responses: [{status, body, raw, contentType, headers,
//                          delay, hang, trickle: {chunks, interval}, repeat}]}
//   GET  /mock/__requests?path=/mock/x   -> the requests /mock/x received, oldest first
//   ANY  /mock/<path>     -> recorded, then answered by the next scripted response for it
//
// Each test uses its own path (see test/helpers/mock-api.ts), so parallel test files never
// see each other's scripts or requests.
import { PassThrough } from 'node:stream';

const HANG_LIMIT_MS = 30_000;

export function mockApi() {
  const scripts = new Map();
  const requests = new Map();

  return async function mockApiMiddleware(ctx, next) {
    if (!ctx.path.startsWith('/mock/')) return next();

    if (ctx.path === '/mock/__script' && ctx.method === 'POST') {
      const { path, responses } = JSON.parse(await readBody(ctx.req));
      scripts.set(path, [...responses]);
      if (!requests.has(path)) requests.set(path, []);
      ctx.status = 204;
      return;
    }
    if (ctx.path === '/mock/__requests') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(requests.get(ctx.query.path) ?? []);
      return;
    }

    const body = await readBody(ctx.req);
    const log = requests.get(ctx.path) ?? [];
    log.push({
      method: ctx.method,
      path: ctx.path,
      query: ctx.querystring,
      headers: ctx.headers,
      body,
      at: Date.now(),
    });
    requests.set(ctx.path, log);

    const queue = scripts.get(ctx.path) ?? [];
    const response = queue.length > 1 || !queue[0]?.repeat ? queue.shift() : queue[0];
    if (!response) {
      ctx.status = 404;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ error: `nothing scripted for ${ctx.path}` });
      return;
    }

    // Waiting ends early when the client gives up (closes the connection). The listener is
    // removed afterwards: keep-alive sockets serve many requests.
    const socket = ctx.req.socket;
    let onClose;
    const closed = new Promise((resolve) => socket.once('close', (onClose = resolve)));
    const wait = async (ms) => {
      await Promise.race([closed, sleep(ms)]);
      socket.off('close', onClose);
    };
    if (response.hang) {
      await wait(HANG_LIMIT_MS);
      ctx.status = 504;
      return;
    }
    if (response.delay) await wait(response.delay);
    else socket.off('close', onClose);

    ctx.status = response.status ?? 200;
    for (const [name, value] of Object.entries(response.headers ?? {})) ctx.set(name, value);
    const text =
      response.raw !== undefined ? String(response.raw) : JSON.stringify(response.body ?? null);
    ctx.type =
      response.contentType ?? (response.raw !== undefined ? 'text/plain' : 'application/json');

    if (response.trickle) {
      // A very slow answer: the body arrives in pieces, `interval` ms apart.
      const { chunks = 5, interval = 200 } = response.trickle;
      const stream = new PassThrough();
      ctx.body = stream;
      const size = Math.ceil(text.length / chunks);
      (async () => {
        for (let i = 0; i < text.length; i += size) {
          if (stream.destroyed) return;
          stream.write(text.slice(i, i + size));
          await sleep(interval);
        }
        stream.end();
      })();
      return;
    }
    ctx.body = text;
  };
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

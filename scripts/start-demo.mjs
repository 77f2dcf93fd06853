// `npm start`: serves the repository with Vite and prints the demo's URL.
import { createServer } from 'vite';

const port = Number(process.env.PORT ?? 5173);
const server = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  server: { host: process.env.HOST ?? '127.0.0.1', port, strictPort: false },
});
await server.listen();
const address = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\n  maqal demo: ${new URL('demo/', address)}\n  (Ctrl+C to stop)\n`);

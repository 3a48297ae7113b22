/** `npm start` / `npm run preview`: serves the built site in dist/ on 127.0.0.1. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './static-server.ts';

const dir = join(import.meta.dirname, '..', 'dist');
if (!existsSync(join(dir, 'index.html'))) {
  console.error('dist/ has no built site. Run `npm run build` first (or `npm start`, which builds and serves).');
  process.exit(1);
}
const port = Number(process.env['PORT'] ?? 4321);
const { url } = await startServer({ dir, port, base: process.env['BASE'] ?? '/' });
console.log(`ML Equations is being served at ${url}\nPress Ctrl+C to stop.`);

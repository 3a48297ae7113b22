/**
 * `npm start` (build, then serve) and `npm run preview` (serve the last build): the site in
 * dist/ on 127.0.0.1. A busy port is not an error: the next free one is taken, and said.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BASE } from '../src/config.ts';
import { optionValue, parseCommandLine, UsageError } from './cli.ts';
import { startServer, type StaticServer } from './static-server.ts';

const USAGE = `
Usage: npm start [-- options]         build the site, then serve it
       npm run preview [-- options]   serve the last build in dist/

Options:
  --port N     the port to try first (default: $PORT or 4321); when it is busy, the next free one is used
  --host H     the address to listen on (default: 127.0.0.1)
  --help       show this help
`;

interface ServeOptions {
  build: boolean;
  port: number;
  host: string;
}

export function parseServeOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ServeOptions {
  const options: ServeOptions = { build: false, port: 4321, host: '127.0.0.1' };
  let port = env['PORT'] ?? '4321';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const portArg = optionValue(arg, '--port', argv, i);
    const host = optionValue(arg, '--host', argv, i);
    if (arg === '--build') options.build = true;
    else if (portArg) {
      port = portArg.value;
      i = portArg.next;
    } else if (host) {
      options.host = host.value;
      i = host.next;
    } else throw new UsageError(`unknown option ${JSON.stringify(arg)}`);
  }
  options.port = /^\d+$/.test(port) ? Number(port) : NaN;
  if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) {
    throw new UsageError(`the port must be a whole number from 1 to 65535 (got ${JSON.stringify(port)})`);
  }
  return options;
}

/** Listens on `port`, or on the next free port after it (up to 20 tries). */
export async function serveOnFreePort(options: Parameters<typeof startServer>[0] & { port: number }): Promise<StaticServer> {
  for (let port = options.port; ; port += 1) {
    try {
      return await startServer({ ...options, port });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' || port >= Math.min(options.port + 20, 65535)) throw error;
      console.log(`Port ${port} is in use, trying ${port + 1}…`);
    }
  }
}

if (import.meta.main) {
  const options = parseCommandLine(USAGE, process.argv.slice(2), parseServeOptions);
  if (options.build) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const dir = join(import.meta.dirname, '..', 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    console.error('dist/ has no built site. Run `npm run build` first (or `npm start`, which builds and serves).');
    process.exit(1);
  }
  try {
    const { url } = await serveOnFreePort({ dir, port: options.port, host: options.host, base: BASE });
    console.log(`ML Equations is being served at ${url}\nPress Ctrl+C to stop.`);
  } catch (error) {
    console.error(`error: cannot serve on ${options.host}:${options.port}: ${(error as Error).message}`);
    process.exit(1);
  }
}

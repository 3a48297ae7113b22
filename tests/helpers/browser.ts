import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS as ARGS } from '../../scripts/chromium.ts';
import { startServer, type StaticServer } from '../../scripts/static-server.ts';
import { BASE, DIST } from './dist';

export interface BrowserSession {
  site: StaticServer;
  context: BrowserContext;
  /** Every URL the pages requested, to prove nothing leaves the site's origin. */
  requests: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Serves dist/ (or `dir`) on 127.0.0.1 and opens a fresh Chromium profile against it. */
export async function openSession(options: { dir?: string; base?: string; javaScriptEnabled?: boolean } = {}): Promise<BrowserSession> {
  const site = await startServer({ dir: options.dir ?? DIST, base: options.base ?? BASE });
  const profile = mkdtempSync(join(tmpdir(), 'mleq-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  return {
    site,
    context,
    requests,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      await site.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

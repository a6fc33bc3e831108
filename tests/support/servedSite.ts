import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startStaticServer, type StaticServer } from './staticServer.ts';

/**
 * A built site served locally and one system Chromium, for the tests of one file: started
 * before them, closed after. Read `site.browser` and `site.server` inside tests (they are
 * set once `beforeAll` has run).
 */
export function servedSite(dir = 'dist'): { browser: Browser; server: StaticServer } {
  const site = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    site.server = await startStaticServer(dir);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

import { afterAll, beforeAll } from 'vitest';
import { openSession, PAGE_GROUPS, type BrowserSession } from '../helpers/browser';
import { describePageChecks } from '../helpers/page-checks';

// The second half of the page types (see PAGE_GROUPS); pages.test.ts has the first.
let session: BrowserSession;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session.close();
});

describePageChecks(PAGE_GROUPS[1], () => session);

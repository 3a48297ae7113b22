/**
 * How the tests and `npm run bench` start Chromium: the binary (Debian's, or CHROMIUM_PATH) and
 * flags that keep headless Chromium quiet on a machine with no outside network.
 */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

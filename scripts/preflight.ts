/**
 * First step of `npm test`: stop at once, with the install line, when a system package the
 * browser tests need is missing, instead of failing minutes later. `bash .ci/run` installs them.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const missing: string[] = [];
if (!existsSync(CHROMIUM)) {
  missing.push(
    `Chromium (${CHROMIUM}) is missing: install it with\n    sudo apt-get update && sudo apt-get install -y chromium\n  (or set CHROMIUM_PATH to a Chromium or Chrome binary).`,
  );
}
if (missing.length > 0) {
  console.error(
    `npm test needs system packages that are not installed:\n- ${missing.join('\n- ')}\nOn Debian/Ubuntu, \`bash .ci/run\` installs them and then runs npm install and npm test.`,
  );
  process.exit(1);
}

/**
 * First step of `npm test`: stop at once, with the install line, when a system package the
 * tests need is missing (Chromium for the browser tests, pdfLaTeX for the LaTeX tests),
 * instead of failing minutes later. `bash .ci/run` installs them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { PDFLATEX, TEX_STYLES, TEXLIVE_PACKAGES } from '../src/config.ts';
import { CHROMIUM } from './chromium.ts';
import { parseCommandLine, UsageError } from './cli.ts';

const USAGE = `
Usage: node scripts/preflight.ts

The first step of npm test: exits 1, printing the install line, when Chromium or pdfLaTeX
(with amsmath, amssymb and bm) is missing. Takes no options.
`;

function runs(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

parseCommandLine(USAGE, process.argv.slice(2), (argv) => {
  if (argv.length > 0) throw new UsageError(`unknown option ${JSON.stringify(argv[0])}`);
});

const missing: string[] = [];
if (!existsSync(CHROMIUM)) {
  missing.push(
    `Chromium (${CHROMIUM}) is missing: install it with\n    sudo apt-get update && sudo apt-get install -y chromium\n  (or set CHROMIUM_PATH to a Chromium or Chrome binary).`,
  );
}
if (!runs(PDFLATEX, ['--version']) || !runs('kpsewhich', [...TEX_STYLES])) {
  missing.push(
    `pdfLaTeX with amsmath, amssymb and bm (${PDFLATEX}) is missing: install it with\n    sudo apt-get update && sudo apt-get install -y --no-install-recommends ${TEXLIVE_PACKAGES.join(' ')}\n  (or set PDFLATEX_PATH to a pdflatex binary).`,
  );
}
if (missing.length > 0) {
  console.error(
    `npm test needs system packages that are not installed:\n- ${missing.join('\n- ')}\nOn Debian/Ubuntu, \`bash .ci/run\` installs them and then runs npm install and npm test.`,
  );
  process.exit(1);
}

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COPY_FORMATS, formatEquation } from '../../src/lib/copy-formats';
import { openSession, recordLabels, type BrowserSession } from '../helpers/browser';
import { BASE } from '../helpers/dist';
import { exported, latexOf } from '../helpers/exported';
const clipboard = (page: Page) => page.evaluate<string>('navigator.clipboard.readText()');

let session: BrowserSession;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session.close();
});

async function chooseFormat(page: Page, figure: number, label: string): Promise<void> {
  await page.locator('.copy-menu-button').nth(figure).click();
  await page.getByRole('menuitem', { name: label, exact: true }).click();
}

describe('copying equations in the browser', () => {
  it.each(['softmax', 'huber-loss', 'batch-normalization'])('copies every format of %s exactly', async (id) => {
    const page = await session.newPage();
    await page.goto(`${session.site.url}equations/${id}/`);
    const latex = latexOf(id);
    const mathml = await page
      .locator('figure.equation')
      .first()
      .locator('.katex-mathml math')
      .evaluate((m) => m.outerHTML);
    const typst = (await page.locator('copy-latex').first().getAttribute('data-typst')) ?? undefined;
    for (const format of COPY_FORMATS) {
      const expected = formatEquation(format.id, { latex, id, index: 1, mathml, typst });
      if (expected === undefined) continue;
      await chooseFormat(page, 0, format.label);
      await expect(clipboard(page)).resolves.toBe(expected);
    }
    // Spot-check the forms against literal expectations, not only the shared function.
    await chooseFormat(page, 0, 'Display math $$…$$');
    await expect(clipboard(page)).resolves.toBe(`$$\n${latex}\n$$`);
    await chooseFormat(page, 0, 'LaTeX equation environment with \\label');
    await expect(clipboard(page)).resolves.toBe(`\\begin{equation}\n${latex}\n\\label{eq:${id}}\n\\end{equation}`);
    await chooseFormat(page, 0, 'MathML (Word, LibreOffice, Google Docs)');
    await expect(clipboard(page)).resolves.toMatch(
      /^<math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML" display="block">(?!.*annotation).*<\/math>$/s,
    );
    await chooseFormat(page, 0, 'LaTeX source');
    await expect(clipboard(page)).resolves.toBe(latex);
    await page.close();
  });

  it('copies a format from the menu once; a default is an explicit choice the button shows, kept across a reload, and can be reset', async () => {
    const page = await session.newPage();
    await page.goto(`${session.site.url}equations/softmax/`);
    const latex = latexOf('softmax');
    const markdown = `\`\`\`math\n${latex}\n\`\`\``;
    await chooseFormat(page, 0, 'Markdown ```math block (GitHub)');
    await expect(clipboard(page)).resolves.toBe(markdown);
    // Picking from the menu copied once: the button still copies LaTeX (it shows "Copied" for a moment).
    const main = page.locator('copy-latex').first().locator('button.copy-button');
    await expect(main.getAttribute('aria-label')).resolves.toBe('Copy LaTeX for Softmax');
    await main.click();
    await expect(clipboard(page)).resolves.toBe(latex);

    await chooseFormat(page, 0, 'Set the Copy button to Markdown');
    await expect(main.textContent()).resolves.toBe('Copy as Markdown');
    await page.reload();
    const button = page.getByRole('button', { name: 'Copy as Markdown for Softmax' });
    await expect(button.textContent()).resolves.toBe('Copy as Markdown');
    await button.click();
    await expect(clipboard(page)).resolves.toBe(markdown);

    await chooseFormat(page, 0, 'Reset the Copy button to LaTeX');
    await expect(page.getByRole('button', { name: 'Copy LaTeX for Softmax' }).textContent()).resolves.toBe('Copy LaTeX');
    await expect(page.evaluate(() => localStorage.getItem('ml-equations:copy-format'))).resolves.toBeNull();
    await page.close();
  });

  it('operates the format menu with the keyboard and returns focus', async () => {
    const page = await session.newPage();
    await page.goto(`${session.site.url}equations/softmax/`);
    const toggle = page.getByRole('button', { name: 'More copy formats for Softmax' });
    await toggle.focus();
    await page.keyboard.press('ArrowDown');
    // The menu's code loads on first use (the focus above started fetching it).
    await page.locator('copy-latex [role="menu"]:not([hidden])').first().waitFor();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.evaluate('document.activeElement.dataset.format')).resolves.toBe('latex');
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate('document.activeElement.dataset.format')).resolves.toBe('inline');
    await page.keyboard.press('End');
    await expect(page.evaluate('document.activeElement.dataset.format')).resolves.toBe('typst');
    await page.keyboard.press('Escape');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.evaluate('document.activeElement.getAttribute("aria-label")')).resolves.toBe('More copy formats for Softmax');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(clipboard(page)).resolves.toBe(`$${latexOf('softmax')}$`);
    await expect(page.evaluate('document.activeElement.getAttribute("aria-label")')).resolves.toBe('More copy formats for Softmax');
    await chooseFormat(page, 0, 'LaTeX source');
    await page.close();
  });

  it('links every equation to itself: opening the link scrolls to it and highlights it, Copy link copies it', async () => {
    const entry = exported.equations.find((e) => e.latex.length >= 3);
    if (!entry) throw new Error('no entry with three equations');
    const page = await session.newPage();
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(`${session.site.url}equations/${entry.id}/#eq-3`);
    const figure = page.locator('figure#eq-3');
    await expect(figure.evaluate((f) => f.matches(':target'))).resolves.toBe(true);
    // Scrolled to: the figure's top is on screen, below the top edge.
    const box = await figure.boundingBox();
    expect(box && box.y >= 0 && box.y < 700).toBe(true);
    await expect(figure.evaluate((f) => getComputedStyle(f).boxShadow)).resolves.not.toBe('none');
    await expect(page.locator('figure#eq-1').evaluate((f) => getComputedStyle(f).boxShadow)).resolves.toBe('none');
    const anchor = figure.locator('a.equation-anchor');
    await expect(anchor.textContent()).resolves.toBe('(3)');
    await expect(anchor.getAttribute('href')).resolves.toBe(`${BASE}equations/${entry.id}/#eq-3`);
    await figure.getByRole('button', { name: `Copy link to equation 3: ${entry.title} (equation 3)` }).click();
    await expect(clipboard(page)).resolves.toBe(`${session.site.url}equations/${entry.id}/#eq-3`);
    await page.close();
  });

  it('links a listed equation to its place on the entry page', async () => {
    const page = await session.newPage();
    await page.goto(`${session.site.url}activations/`);
    const hrefs = await page.locator('a.equation-anchor').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(10);
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^${BASE}equations/[a-z0-9-]+/#eq-\\d+$`));
    await expect(page.locator('[id^="eq-"]').count()).resolves.toBe(0);
    await page.close();
  });

  it('copies from a category page', async () => {
    const page = await session.newPage();
    await page.goto(`${session.site.url}activations/`);
    const button = page.locator('button.copy-button').first();
    const label = (await button.getAttribute('aria-label')) ?? '';
    const title = label.replace(/^Copy LaTeX for /, '');
    const entry = exported.equations.find((e) => e.title === title);
    expect(entry).toBeDefined();
    await button.click();
    await expect(clipboard(page)).resolves.toBe(entry?.latex[0]);
    await page.close();
  });

  it('copies the LaTeX when rendered math is selected and copied (copy-tex)', async () => {
    const page = await session.newPage();
    await page.goto(`${session.site.url}equations/softmax/`);
    await page.evaluate(`(() => {
      const range = document.createRange();
      range.selectNode(document.querySelector('.katex-display'));
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    })()`);
    await page.keyboard.press('Control+C');
    await expect(clipboard(page)).resolves.toBe(`$$${latexOf('softmax')}$$`);
    await page.close();
  });

  it('copies the BibTeX citation of the paper', async () => {
    const page = await session.newPage();
    await page.goto(`${session.site.url}equations/softmax/`);
    await page.getByRole('button', { name: 'Copy the citation (BibTeX)' }).click();
    const bibtex = await clipboard(page);
    expect(bibtex).toMatch(/^@\w+\{bridle1990\w+,\n/);
    expect(bibtex).toContain('year      = {1990}');
    await page.close();
  });

  it('falls back to selecting the text, with a hint, when the clipboard is refused', async () => {
    await session.context.clearPermissions();
    const page = await session.newPage();
    await page.goto(`${session.site.url}equations/softmax/`);
    await page.evaluate('navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"))');
    const button = page.getByRole('button', { name: 'Copy LaTeX for Softmax' });
    const shown = await recordLabels(button);
    await button.click();
    const box = page.locator('textarea.manual-copy');
    await expect(box.inputValue()).resolves.toBe(latexOf('softmax'));
    await expect(
      box.evaluate((el: HTMLTextAreaElement) => document.activeElement === el && el.selectionEnd - el.selectionStart === el.value.length),
    ).resolves.toBe(true);
    await shown(/^Press (Ctrl|⌘)\+C$/);
    await page.locator('#live-region', { hasText: 'Could not copy automatically' }).waitFor({ state: 'attached' });
    await page.close();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.site.origin });
  });
});

describe('without JavaScript', () => {
  let noJs: BrowserSession;
  beforeAll(async () => {
    noJs = await openSession({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await noJs.close();
  });

  it('shows the LaTeX source of every equation and no dead buttons', async () => {
    const page = await noJs.newPage();
    await page.goto(`${noJs.site.url}equations/softmax/`);
    await page.locator('details.equation-source summary').first().click();
    await expect(page.locator('code.latex-source').first().textContent()).resolves.toBe(latexOf('softmax'));
    await expect(page.locator('code.latex-source').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('button.copy-button:visible, button.copy-menu-button:visible').count()).resolves.toBe(0);
    await page.close();
  });
});

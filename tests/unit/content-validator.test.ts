import { describe, expect, it } from 'vitest';
import { formatProblem, idOf, keyLine, validateEntries, type EntrySource } from '../../src/lib/content-validator';
import { VERIFICATIONS } from '../../src/verification';

/**
 * The content validator is the one judge the build runs (src/lib/equation-loader.ts calls
 * it before rendering): these fixtures are what a contributor, or an attacker, could write.
 * Bad input must fail naming the file, the line where one applies, the rule and a fix;
 * valid-but-unusual input must pass. tests/build/build-failures.test.ts proves the wiring
 * through a real `astro build`.
 */

const FRONTMATTER = [
  'title: Good entry',
  'category: activations',
  'summary: A valid entry used by the validator tests.',
  'describes: [square of the input, fixture for the validator]',
];
const BODY = '$$\nf(x) = x^{2}\n$$\n\n## Where\n\n- $x$: the input.\n';

/** Fixture entries have no numerical check, so they say why (`reason: null` leaves it out). */
const REASON = 'unverified: A fixture with nothing to compute, for the validator tests.';

function entry(options: { frontmatter?: string[]; extra?: string[]; body?: string; reason?: string | null } = {}): string {
  const reason = options.reason === undefined ? [REASON] : options.reason === null ? [] : [options.reason];
  return `---\n${[...(options.frontmatter ?? FRONTMATTER), ...(options.extra ?? []), ...reason].join('\n')}\n---\n\n${options.body ?? BODY}`;
}

const FILE = 'content/equations/activations/good-entry.md';

/** Problems of a one-entry collection (plus `others`), formatted as the build prints them. */
function problems(text: string, file = FILE, others: EntrySource[] = []): string[] {
  const sources = [{ file, text }, ...others];
  // The real checks of the fixtures' ids (relu's, for the tests that need one).
  const ids = new Set(sources.map((s) => idOf(s.file)));
  return validateEntries(sources, { verifications: VERIFICATIONS.filter((v) => ids.has(v.id)) }).map(formatProblem);
}

/** The one problem a broken fixture must produce: starts with the file (and line), names rule and reason. */
function expectOne(text: string, rule: string, reason: RegExp, file = FILE): void {
  const found = problems(text, file);
  expect(found, found.join('\n')).toHaveLength(1);
  expect(found[0]?.startsWith(file)).toBe(true);
  expect(found[0]).toContain(` — ${rule} — `);
  expect(found[0]).toMatch(reason);
}

describe('the content validator accepts', () => {
  it('a minimal valid entry (the control case)', () => {
    expect(problems(entry())).toEqual([]);
  });

  it.each([
    ['Windows line endings', entry().replace(/\n/g, '\r\n')],
    ['a byte-order mark', `\uFEFF${entry()}`],
    ['Chinese and other Unicode in the prose', entry({ body: `${BODY}\n## Notes\n\n交叉熵 (cross-entropy) — naïve, Schrödinger.\n` })],
    [
      'a quoted title with a colon, quotes and a question mark summary',
      entry({
        frontmatter: [
          'title: "Attention: what is \\"it\\"?"',
          'category: activations',
          'summary: Does it end with a question mark?',
          FRONTMATTER[3] ?? '',
        ],
      }),
    ],
    [
      'several display blocks, aligned rows and cases',
      entry({
        body: `$$\n\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}\n$$\n\n$$\nf(x) = \\begin{cases} x & \\text{if } x > 0, \\\\ 0 & \\text{otherwise} \\end{cases}\n$$\n\n## Where\n\n- $x$: the input.\n`,
      }),
    ],
    ['a dollar sign in prose and code', entry({ body: `${BODY}\nCosts \\$5; in code: \`$HOME\`.\n` })],
    [
      'http(s), relative and anchor links',
      entry({ body: `${BODY}\nSee [the paper](https://arxiv.org/abs/1706.03762), [home](/), [below](#notes) and [mail](mailto:a@b.c).\n` }),
    ],
    [
      'every optional field',
      entry({
        extra: [
          'aliases: [good, "g(x)"]',
          'tags: [test]',
          'paper:',
          '  type: article',
          '  title: A Paper',
          '  authors: [A. Author]',
          '  year: 2017',
          '  journal: Neural Computation',
          '  volume: 9',
          '  number: 8',
          '  pages: 1735--1780',
          '  url: https://arxiv.org/abs/1706.03762',
          '  arxiv: "1706.03762"',
          '  doi: 10.1162/neco.1997.9.8.1735',
          '  note: Reprinted in 2018.',
          'translations:',
          '  zh: [平方函数]',
          '  ja: [二乗関数]',
          '  ko: [제곱 함수]',
        ],
      }),
    ],
  ])('%s', (_name, text) => {
    expect(problems(text)).toEqual([]);
  });

  it('an entry in a deeper folder, and related entries that exist', () => {
    const other = { file: 'content/equations/activations/more/other-entry.md', text: entry({ extra: ['related: [good-entry]'] }) };
    expect(problems(entry({ extra: ['related: [other-entry]'] }), FILE, [other])).toEqual([]);
  });
});

describe('the content validator rejects, naming the file, line, rule and fix', () => {
  describe('the file itself', () => {
    it.each([
      ['an empty file', ''],
      ['no frontmatter', BODY],
      ['an unclosed frontmatter block', `---\ntitle: x\n\n${BODY}`],
      ['TOML frontmatter', `+++\ntitle = "x"\n+++\n\n${BODY}`],
    ])('%s', (_name, text) => {
      expectOne(text, 'frontmatter', /frontmatter/);
    });

    it('YAML that does not parse, at its line', () => {
      const found = problems(entry({ extra: ['aliases: [unclosed'] }));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^content\/equations\/activations\/good-entry\.md:\d+ — frontmatter — the frontmatter is not valid YAML/);
      expectOne(entry({ frontmatter: ['title: "unclosed', ...FRONTMATTER.slice(1)] }), 'frontmatter', /not valid YAML/);
      expectOne(entry({ frontmatter: ['title: Good', '\tcategory: activations', FRONTMATTER[2] ?? ''] }), 'frontmatter', /not valid YAML/);
    });

    it.each([
      ['upper case', 'content/equations/activations/Good-Entry.md'],
      ['an underscore', 'content/equations/activations/good_entry.md'],
      ['a space', 'content/equations/activations/good entry.md'],
      ['a trailing hyphen', 'content/equations/activations/good-.md'],
    ])('a file name with %s', (_name, file) => {
      expectOne(entry(), 'file-name', /not a valid entry id/, file);
    });

    it('a file in the folder of another category, at the category line', () => {
      expectOne(
        entry(),
        'folder',
        /lives in losses\/; move it to content\/equations\/activations\//,
        'content/equations/losses/good-entry.md',
      );
      expect(problems(entry(), 'content/equations/losses/good-entry.md')[0]).toMatch(/good-entry\.md:3 — folder/);
    });

    it('two files with one id, in different folders, naming both', () => {
      const found = problems(entry(), FILE, [{ file: 'content/equations/activations/x/good-entry.md', text: entry() }]);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/duplicate entry id "good-entry", also used by content\/equations\/activations\/good-entry\.md/);
      expect(found[0]).toMatch(/^content\/equations\/activations\/x\/good-entry\.md/);
    });
  });

  describe('every frontmatter field', () => {
    const without = (key: string) => FRONTMATTER.filter((l) => !l.startsWith(`${key}:`));
    it.each([
      ['a missing title', without('title'), /title is required/],
      ['an empty title', ['title: "  "', ...without('title')], /title must not be empty/],
      ['a numeric title', ['title: 42', ...without('title')], /title/],
      ['a title of 81 characters', [`title: ${'x'.repeat(81)}`, ...without('title')], /at most 80 characters/],
      ['HTML in the title', ['title: <script>alert(1)</script>', ...without('title')], /no HTML tags/],
      ['math in the title', ['title: The $x$ function', ...without('title')], /no math/],
      ['a missing category', without('category'), /category/],
      [
        'a misspelled category, listing the valid ones',
        ['category: activation', ...without('category')],
        /is not valid; use one of: .*activations, losses/,
      ],
      ['a list as category', ['category: [activations]', ...without('category')], /category/],
      ['a missing summary', without('summary'), /summary is required/],
      ['a summary without a full stop', ['summary: No full stop', ...without('summary')], /ending with a period/],
      ['a summary of 241 characters', [`summary: ${'x'.repeat(240)}.`, ...without('summary')], /at most 240 characters/],
      ['HTML in the summary', ['summary: An <img src=x onerror=alert(1)> entry.', ...without('summary')], /no HTML tags/],
    ])('%s', (_name, frontmatter, reason) => {
      expectOne(entry({ frontmatter }), 'schema', reason);
    });

    it.each([
      ['aliases as a string', ['aliases: softmax'], /aliases/],
      ['an empty alias', ['aliases: [""]'], /aliases\[\] must not be empty/],
      ['HTML in a tag', ['tags: ["<b>x</b>"]'], /tags\[\] is plain text/],
      [
        'a paper without authors',
        ['paper:', '  type: book', '  publisher: P', '  title: T', '  year: 2017', '  url: https://example.org'],
        /paper\.authors/,
      ],
      [
        'a paper with no author',
        ['paper:', '  type: book', '  publisher: P', '  title: T', '  authors: []', '  year: 2017', '  url: https://example.org'],
        /at least one author/,
      ],
      [
        'a year as text',
        ['paper:', '  type: book', '  publisher: P', '  title: T', '  authors: [A]', '  year: "2017"', '  url: https://example.org'],
        /paper\.year must be a number/,
      ],
      [
        'a year in the future',
        ['paper:', '  type: book', '  publisher: P', '  title: T', '  authors: [A]', '  year: 3017', '  url: https://example.org'],
        /paper\.year/,
      ],
      [
        'a javascript: paper URL',
        ['paper:', '  type: book', '  publisher: P', '  title: T', '  authors: [A]', '  year: 2017', '  url: "javascript:alert(1)"'],
        /http\(s\) URL/,
      ],
      [
        'an ftp paper URL',
        ['paper:', '  type: book', '  publisher: P', '  title: T', '  authors: [A]', '  year: 2017', '  url: ftp://example.org/p.pdf'],
        /http\(s\) URL/,
      ],
      [
        'an unquoted arXiv id',
        [
          'paper:',
          '  type: book',
          '  publisher: P',
          '  title: T',
          '  authors: [A]',
          '  year: 2017',
          '  url: https://arxiv.org/abs/1706.03760',
          '  arxiv: 1706.03760',
        ],
        /quoted string/,
      ],
      [
        'a DOI with its resolver',
        [
          'paper:',
          '  type: book',
          '  publisher: P',
          '  title: T',
          '  authors: [A]',
          '  year: 2017',
          '  url: https://doi.org/10.1/x',
          '  doi: https://doi.org/10.1/x',
        ],
        /no https:\/\/doi\.org\/ prefix/,
      ],
      [
        'an unknown field in paper',
        [
          'paper:',
          '  type: book',
          '  publisher: P',
          '  title: T',
          '  authors: [A]',
          '  year: 2017',
          '  url: https://example.org',
          '  venue: NeurIPS',
        ],
        /unknown field\(s\) "venue"/,
      ],
      ['a paper without its type', ['paper:', '  title: T', '  authors: [A]', '  year: 2017', '  url: https://example.org'], /paper\.type/],
      [
        'an article without its journal',
        ['paper:', '  type: article', '  title: T', '  authors: [A]', '  year: 2017', '  url: https://example.org'],
        /paper\.journal is required for paper\.type article/,
      ],
      [
        'a journal on a book',
        [
          'paper:',
          '  type: book',
          '  publisher: P',
          '  journal: J',
          '  title: T',
          '  authors: [A]',
          '  year: 2017',
          '  url: https://example.org',
        ],
        /paper\.journal is not used by paper\.type book/,
      ],
      [
        'pages with one hyphen',
        [
          'paper:',
          '  type: book',
          '  publisher: P',
          '  pages: 1-10',
          '  title: T',
          '  authors: [A]',
          '  year: 2017',
          '  url: https://example.org',
        ],
        /"first--last" with two hyphens/,
      ],
      ['a misspelled top-level field', ['sumary: Typo.'], /unknown field\(s\) "sumary"/],
      ['related as a string', ['related: other'], /related/],
      ['a related id that is not an id', ['related: [Other Entry]'], /related ids are file names/],
    ])('%s', (_name, extra, reason) => {
      expectOne(entry({ extra }), 'schema', reason);
    });

    it.each([
      ['a describes phrase of one word', 'describes: [sparse, weights made sparse]', 'schema', /2 to 10 words/],
      [
        'a describes phrase of 81 characters',
        `describes: [${'x'.repeat(40)} ${'y'.repeat(40)}, weights made sparse]`,
        'schema',
        /at most 80 characters/,
      ],
      ['a describes phrase in title case', 'describes: [Makes Weights Sparse, weights made sparse]', 'schema', /lowercase/],
      [
        'a describes phrase written as a sentence',
        'describes: [it makes weights sparse., weights made sparse]',
        'schema',
        /no final punctuation/,
      ],
      ['HTML in a describes phrase', 'describes: ["<b>sparse</b> weights", weights made sparse]', 'schema', /plain text/],
      [
        'nine describes phrases',
        `describes: [${Array.from({ length: 9 }, (_, i) => `phrase number ${String(i)}`).join(', ')}]`,
        'schema',
        /at most 8/,
      ],
      ['one describes phrase', 'describes: [square of the input]', 'describes', /at least two "describes" phrases/],
      ['no describes at all', '', 'describes', /at least two "describes" phrases/],
      [
        'a describes phrase that repeats the title',
        'describes: [good entry, square of the input]',
        'describes',
        /repeats the title or an alias/,
      ],
      ['a describes phrase listed twice', 'describes: [square of the input, square of the input]', 'describes', /listed twice/],
      ['a Chinese name without Han characters', 'translations: {zh: [softmax]}', 'schema', /translations\.zh/],
      ['a Korean name in Latin script', 'translations: {ko: [relu]}', 'schema', /translations\.ko/],
      ['a translation in an unknown language', 'translations: {fr: [entropie croisée]}', 'schema', /unknown field\(s\) "fr"/],
      ['a translation listed twice', 'translations: {zh: [交叉熵, 交叉熵]}', 'describes', /translations\.zh lists "交叉熵" twice/],
    ])('%s', (_name, line, rule, reason) => {
      const frontmatter = [...without('describes'), ...(line.startsWith('describes') || !line ? [] : [FRONTMATTER[3] ?? '']), line].filter(
        Boolean,
      );
      expectOne(entry({ frontmatter }), rule, reason);
    });

    it('refuses paper text that BibTeX cannot spell, naming the field and the character', () => {
      const paper = [
        'paper:',
        '  type: book',
        '  publisher: 清华大学出版社',
        '  title: T',
        '  authors: [A]',
        '  year: 2017',
        '  url: https://example.org',
      ];
      expectOne(entry({ extra: paper }), 'citation', /:8 — citation — paper\.publisher: "清" \(U\+6E05\) has no BibTeX spelling/);
    });

    it('holds one record per work: a second entry citing it with other fields is named', () => {
      const paper = (pages: string) => [
        'paper:',
        '  type: article',
        '  journal: J',
        `  pages: ${pages}`,
        '  title: Same Work',
        '  authors: [A B]',
        '  year: 2017',
        '  url: https://example.org',
      ];
      const other = {
        file: 'content/equations/activations/other-entry.md',
        text: entry({ extra: paper('1--10') }).replace('title: Good entry', 'title: Other entry'),
      };
      expect(problems(entry({ extra: paper('1--10') }), FILE, [other])).toEqual([]);
      const found = problems(entry({ extra: paper('1--11') }), FILE, [other]);
      expect(found).toEqual([
        expect.stringMatching(
          /other-entry\.md:\d+ — citation — cites "Same Work" \(2017\) with other fields than content\/equations\/activations\/good-entry\.md/,
        ),
      ]);
    });

    it.each([
      ['seed 004 writes it wrongly.', /"seed 004" names material readers never saw/],
      ['The seed tables write tanh as a word.', /"The seed" names material/],
    ])('refuses reader text that names the seed material: %s', (prose, reason) => {
      expectOne(entry({ body: `${BODY}\n## Notes\n\n- ${prose}\n` }), 'reader-text', reason);
    });

    it('accepts seeding in its ordinary sense', () => {
      expect(problems(entry({ body: `${BODY}\n## Notes\n\n- k-means++ seeding; a random seed of 42.\n` }))).toEqual([]);
    });

    it('points at the line of the field, nested fields included', () => {
      expect(
        problems(
          entry({
            extra: [
              'paper:',
              '  type: book',
              '  publisher: P',
              '  title: T',
              '  authors: [A]',
              '  year: "2017"',
              '  url: https://example.org',
            ],
          }),
        )[0],
      ).toMatch(/good-entry\.md:11 — schema — paper\.year/);
      expect(keyLine('\ntitle: x\npaper:\n  title: y\n', ['paper', 'title'])).toBe(4);
    });

    it.each([
      ['a missing entry', ['related: [no-such-entry]'], /related entry "no-such-entry" does not exist/],
      ['itself', ['related: [good-entry]'], /cannot be related to itself/],
    ])('a related link to %s', (_name, extra, reason) => {
      expectOne(entry({ extra }), 'related', reason);
    });

    it('a related entry listed twice', () => {
      const other = { file: 'content/equations/activations/other-entry.md', text: entry() };
      expect(problems(entry({ extra: ['related: [other-entry, other-entry]'] }), FILE, [other])).toEqual([
        `${FILE}:6 — related — related entry "other-entry" is listed twice`,
      ]);
    });
  });

  describe('the numerical check or the reason there is none', () => {
    it('an entry with neither', () => {
      expectOne(
        entry({ reason: null }),
        'verification',
        /no numerical check: write one .* or say why in the frontmatter, e\.g\. unverified: /,
      );
    });

    it('an entry with both, at the reason', () => {
      const relu =
        '$$\n\\operatorname{ReLU}(x) = \\max(0, x) =\n\\begin{cases}\n  x & \\text{if } x > 0, \\\\\n  0 & \\text{otherwise}\n\\end{cases}\n$$\n\n## Where\n\n- $x$: the input.\n';
      const found = problems(entry({ body: relu }), 'content/equations/activations/relu.md');
      expect(found).toEqual([
        'content/equations/activations/relu.md:6 — verification — the entry has a numerical check and an "unverified" reason; remove the reason',
      ]);
    });

    it('a check file with no entry, or not beside its entry', () => {
      const relu = VERIFICATIONS.filter((v) => v.id === 'relu');
      const orphan = validateEntries([{ file: FILE, text: entry() }], { verifications: relu }).map(formatProblem);
      expect(orphan).toEqual([
        'content/equations/activations/relu.check.ts — verification — a check for an entry that does not exist; add relu.md beside it or remove the file',
      ]);
      const elsewhere = validateEntries([{ file: 'content/equations/losses/relu.md', text: entry({ reason: null }) }], {
        verifications: relu,
      });
      expect(elsewhere.map(formatProblem)).toContain(
        'content/equations/activations/relu.check.ts — verification — the check of content/equations/losses/relu.md must sit beside it, as content/equations/losses/relu.check.ts',
      );
    });

    it.each([
      ['too short to say why', 'unverified: Not verified.', /20 to 160 characters/],
      ['without a full stop', 'unverified: An expectation over the data distribution', /ending with a period/],
      ['with math', 'unverified: An expectation of $x$ over the data distribution.', /no math/],
    ])('a reason %s', (_name, reason, message) => {
      expectOne(entry({ reason }), 'schema', message);
    });
  });

  describe('the math', () => {
    const display = (latex: string) => entry({ body: `$$\n${latex}\n$$\n\n## Where\n\n- $x$: the input.\n` });
    it.each([
      ['an unclosed brace', '\\frac{1}{2', 'math', /\$\$ block 1: invalid LaTeX: KaTeX parse error/],
      ['an undefined macro', '\\undefinedmacro{x}', 'math', /undefinedmacro/],
      ['\\left without \\right', '\\left( x', 'math', /invalid LaTeX/],
      ['a stray alignment tab', 'a & b', 'math', /invalid LaTeX/],
      ['\\href (KaTeX trust is off)', '\\href{javascript:alert(1)}{x}', 'portability', /\\href/],
      ['\\url', '\\url{https://example.org}', 'portability', /\\url/],
      ['\\includegraphics', '\\includegraphics{x.png}', 'portability', /\\includegraphics/],
      ['\\htmlClass', '\\htmlClass{x}{y}', 'portability', /\\htmlClass/],
      ['\\htmlStyle', '\\htmlStyle{color: red}{y}', 'portability', /\\htmlStyle/],
      ['\\htmlData', '\\htmlData{foo=bar}{y}', 'portability', /\\htmlData/],
      ['\\def', '\\def\\x{y} \\x', 'portability', /\\def/],
      ['\\newcommand', '\\newcommand{\\x}{y} \\x', 'portability', /\\newcommand/],
      ['a KaTeX-only shortcut', '\\R^{n}', 'portability', /\\R: not available in pdfLaTeX/],
      ['a top-level environment', '\\begin{align} a &= b \\end{align}', 'portability', /\\begin\{align\} inside \$\$/],
      ['\\newline', 'a \\newline b', 'portability', /\\newline/],
      ['a bare function name', 'softmax(z)', 'style', /bare word "softmax"/],
      ['^T for a transpose', 'x^T y', 'style', /\^\\top/],
      ['|| for a norm', '||x||', 'style', /"\|\|" in math/],
    ])('%s', (_name, latex, rule, reason) => {
      const found = problems(display(latex));
      expect(found.length, found.join('\n')).toBeGreaterThan(0);
      expect(
        found.some((p) => p.startsWith(`${FILE}:`) && p.includes(` — ${rule} — `) && reason.test(p)),
        found.join('\n'),
      ).toBe(true);
    });

    it('Unicode inside display or inline math', () => {
      expectOne(display('\\mu = \\frac{1}{H}∑_{i=1}^{H} x_i'), 'portability', /Unicode character\(s\) "∑"/);
      expectOne(entry({ body: `${BODY}\nWith $σ$ inline.\n` }), 'portability', /inline \$σ\$: Unicode/);
    });

    it('invalid inline math, at its line', () => {
      expect(problems(entry({ body: `${BODY}\nAn $\\undefinedmacro$ here.\n` }))).toEqual([
        expect.stringMatching(/^content\/equations\/activations\/good-entry\.md:17 — math — inline \$\\undefinedmacro\$: invalid LaTeX/),
      ]);
    });

    it('an empty display block', () => {
      expectOne(entry({ body: `$$\n$$\n\n${BODY}` }), 'math', /\$\$ block 1 is empty/);
    });

    it('pathological math without hanging: 20,000 terms, 3,000 nested groups, 2,000 nested fractions', () => {
      expect(problems(display(Array.from({ length: 20_000 }, (_, i) => `x_{${i}}`).join(' + ')))).toEqual([]);
      expect(problems(display(`${'{'.repeat(3000)}x${'}'.repeat(3000)}`)).every((p) => p.startsWith(FILE))).toBe(true);
      const fractions = problems(display(`${'\\frac{1}{'.repeat(2000)}x${'}'.repeat(2000)}`));
      expect(fractions.every((p) => p.startsWith(FILE))).toBe(true);
    });

    it('a formula that disagrees with its numerical check, naming the entry', () => {
      const wrongRelu = display(
        '\\operatorname{ReLU}(x) = \\max(0, x) =\n\\begin{cases}\n  -x & \\text{if } x > 0, \\\\\n  0 & \\text{otherwise}\n\\end{cases}',
      );
      const found = problems(
        wrongRelu.replace('title: Good entry', 'title: ReLU').replace(`${REASON}\n`, ''),
        'content/equations/activations/relu.md',
      );
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/relu\.md — verification — relu: the formula disagrees with its reference implementation/);
    });
  });

  describe('the prose', () => {
    it.each([
      ['a script element', '<script>alert(1)</script>', 'raw-html'],
      ['an image with onerror', '<img src=x onerror="alert(1)">', 'raw-html'],
      ['inline HTML', 'Some <b>bold</b> text.', 'raw-html'],
      ['an iframe', '<iframe src="https://example.org"></iframe>', 'raw-html'],
      ['an HTML comment', '<!-- hidden -->', 'raw-html'],
      ['a javascript: link', '[x](javascript:alert(1))', 'unsafe-link'],
      ['an upper-case JAVASCRIPT: link', '[x](JAVASCRIPT:alert(1))', 'unsafe-link'],
      ['a javascript: link hidden in a character reference', '[x](javascript&#58;alert(1))', 'unsafe-link'],
      ['a javascript: autolink', '<javascript:alert(1)>', 'unsafe-link'],
      ['a data: link', '[x](data:text/html,<script>alert(1)</script>)', 'unsafe-link'],
      ['a vbscript: reference definition', '[x][r]\n\n[r]: vbscript:msgbox', 'unsafe-link'],
      ['an image (a third-party request)', '![x](https://example.org/x.png)', 'image'],
      ['a link to a missing entry', 'See [ReLU](/equations/relu/).', 'entry-link'],
    ])('%s', (_name, prose, rule) => {
      const found = problems(entry({ body: `${BODY}\n${prose}\n` }));
      expect(found.length, found.join('\n')).toBeGreaterThan(0);
      expect(
        found.every((p) => p.startsWith(`${FILE}:`) && p.includes(` — ${rule} — `)),
        found.join('\n'),
      ).toBe(true);
    });

    it('no display equation, or no Where list', () => {
      expectOne(entry({ body: 'Only prose with $x$.\n\n## Where\n\n- $x$: x.\n' }), 'display-equation', /no \$\$…\$\$ display equation/);
      expectOne(entry({ body: '$$\nx\n$$\n' }), 'where-section', /no "## Where" section/);
      expectOne(entry({ body: '$$\nx\n$$\n\n## Where\n\nx is the input.\n' }), 'where-section', /with a list/);
    });
  });

  it('reports every problem of every file at once, sorted by file and line', () => {
    const found = validateEntries([
      {
        file: 'content/equations/losses/b-entry.md',
        text: entry({ frontmatter: ['title: B', 'category: losses', 'summary: No stop'], body: '$$\n\\frac{1}{2\n$$\n' }),
      },
      { file: 'content/equations/activations/a-entry.md', text: entry({ extra: ['related: [nowhere]'] }) },
    ]).map(formatProblem);
    expect(found).toEqual([
      'content/equations/activations/a-entry.md:6 — related — related entry "nowhere" does not exist (no file content/equations/**/nowhere.md); fix the id or remove it',
      'content/equations/losses/b-entry.md:4 — schema — summary must be a full sentence ending with a period',
      expect.stringMatching(/^content\/equations\/losses\/b-entry\.md:8 — math — \$\$ block 1: invalid LaTeX/),
      'content/equations/losses/b-entry.md — where-section — no "## Where" section with a list defining every symbol; add one after the equations',
    ]);
  });
});

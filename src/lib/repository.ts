/**
 * The repository the site is built from — one setting. Builds read `REPOSITORY_URL` from the
 * environment (the Pages workflow sets it to the GitHub repository); the default is the
 * project's home. Entry pages link to "Edit this entry" and "Report a problem" with it.
 */
export const DEFAULT_REPOSITORY_URL = 'https://github.com/ml-equations/ml-equations';

export const REPOSITORY_URL = (process.env['REPOSITORY_URL'] || DEFAULT_REPOSITORY_URL).replace(/\/+$/, '');

/** The branch whose files the edit links open. */
export const REPOSITORY_BRANCH = process.env['REPOSITORY_BRANCH'] || 'main';

/** GitHub's editor for a file of the repository, e.g. `content/equations/activations/softmax.md`. */
export function editUrl(file: string, repository = REPOSITORY_URL, branch = REPOSITORY_BRANCH): string {
  return `${repository}/edit/${branch}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/** A new issue on the repository, pre-filled with the entry's id, title and URL. */
export function reportUrl(entry: { id: string; title: string; url: string }, repository = REPOSITORY_URL): string {
  const body = [
    `Entry: ${entry.title} (\`${entry.id}\`)`,
    `Page: ${entry.url}`,
    '',
    'What is wrong (the formula, a symbol, a convention, the reference…), and the source that says so:',
    '',
  ].join('\n');
  const params = new URLSearchParams({ title: `Problem with "${entry.title}" (${entry.id})`, body, labels: 'content' });
  return `${repository}/issues/new?${params.toString()}`;
}

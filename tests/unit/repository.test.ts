import { describe, expect, it } from 'vitest';
import { DEFAULT_REPOSITORY_URL, editUrl, reportUrl } from '../../src/lib/repository';

describe('links to the repository', () => {
  it('opens the entry file in the editor of the configured branch', () => {
    expect(editUrl('content/equations/activations/softmax.md', 'https://github.com/o/r', 'main')).toBe(
      'https://github.com/o/r/edit/main/content/equations/activations/softmax.md',
    );
  });

  it('pre-fills a new issue with the entry id, title and URL', () => {
    const url = new URL(
      reportUrl({ id: 'softmax', title: 'Softmax', url: 'https://example.org/equations/softmax/' }, 'https://github.com/o/r'),
    );
    expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
    expect(url.searchParams.get('title')).toBe('Problem with "Softmax" (softmax)');
    expect(url.searchParams.get('body')).toContain('Entry: Softmax (`softmax`)');
    expect(url.searchParams.get('body')).toContain('Page: https://example.org/equations/softmax/');
  });

  it('has one default repository, used when REPOSITORY_URL is not set', () => {
    expect(DEFAULT_REPOSITORY_URL).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+$/);
  });
});

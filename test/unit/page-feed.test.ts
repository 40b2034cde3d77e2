import { describe, expect, test } from 'vitest';
import { pageFile } from '../../src/lib/build/page-feed.ts';

describe('the file a rendered page is indexed as', () => {
  test('is the index.html of its folder, as build.format "directory" writes it', () => {
    expect(pageFile('documents/rt-proof/')).toBe('documents/rt-proof/index.html');
    expect(pageFile('/documents/rt-proof')).toBe('documents/rt-proof/index.html');
  });

  test('is index.html for the home page and the file itself for a page named .html', () => {
    expect(pageFile('')).toBe('index.html');
    expect(pageFile('/')).toBe('index.html');
    expect(pageFile('404.html')).toBe('404.html');
  });
});

describe('the file a rendered page is indexed as, under a base path', () => {
  test('leaves the base out, as Pagefind does for a folder', () => {
    expect(pageFile('/reader/documents/rt-proof/', '/reader/')).toBe('documents/rt-proof/index.html');
    expect(pageFile('/reader/', '/reader')).toBe('index.html');
  });
});

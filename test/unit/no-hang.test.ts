import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { analyseContent, formatDiagnostic } from '../../src/lib/analyser/index.ts';
import type { IndexJob, IndexMessage, IndexResult } from '../../src/lib/search/index-worker.ts';
import { threadAnswer } from '../../src/lib/build/thread-answer.ts';
import { fixtureContent } from '../helpers/fixture-content.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/** The search-index thread of the build, sent the one page it expects, in this language, then told that no more will come. */
async function indexPage(language: string): Promise<IndexResult> {
  const outputPath = tempDir('reader-no-hang-');
  const worker = new Worker(new URL('../../src/lib/search/index-worker.ts', import.meta.url), {
    workerData: { expected: ['documents/x/index.html'], passages: {}, outputPath } satisfies IndexJob,
    stderr: true,
  });
  const answer = threadAnswer<IndexResult>(worker, 'the search index');
  const html = `<!DOCTYPE html><html lang="${language}"><head><title>A page</title></head><body><main data-pagefind-body><p>The income was about $3 million per day.</p></main></body></html>`;
  const page: IndexMessage = {
    type: 'page',
    sourcePath: 'documents/x/index.html',
    html: new TextEncoder().encode(html).buffer as ArrayBuffer,
  };
  worker.postMessage(page);
  const finish: IndexMessage = { type: 'finish' };
  worker.postMessage(finish);
  return answer;
}

describe('nothing hangs', () => {
  it("fails the search index with a message when Pagefind's process stops, instead of waiting for it forever", async () => {
    // Pagefind 1.6 panics on a language tag this long; the check now refuses such a tag, so only a direct call can reach it.
    const result = await indexPage('en-US-x-abcdefgh-abcdefgh-abcdefgh');
    expect(result).toEqual({
      error: expect.stringMatching(/^Pagefind's process stopped before the index was written \(exit code \d+\); its message is above$/),
    });
  }, 60_000);

  it('still writes an index when Pagefind is well', async () => {
    expect(await indexPage('en')).toEqual({ pages: 1, passages: 0 });
  }, 60_000);
});

describe('the language of a document', () => {
  const check = (language: string) => {
    const files = fixtureContent(['valid']);
    files.documents[0]!.text = files.documents[0]!.text.replace('language: en\n', `language: ${language}\n`);
    return analyseContent(files).diagnostics.map(formatDiagnostic);
  };

  it('accepts a canonical BCP 47 tag', () => {
    expect(check('en')).toEqual([]);
    expect(check('zh-Hant-TW')).toEqual([]);
  });

  it('rejects what is not a BCP 47 tag, at its line and column', () => {
    expect(check('en_US')).toEqual([
      'content/documents/valid.mdx:5:11  error  frontmatter: "language" must be a BCP 47 language tag such as "en" or "pt-BR", not "en_US"  (frontmatter)',
    ]);
  });

  it('asks for the canonical spelling', () => {
    expect(check('en-us')).toEqual([
      'content/documents/valid.mdx:5:11  error  frontmatter: "language" must be written "en-US" (the canonical form of "en-us")  (frontmatter)',
    ]);
  });

  it('rejects a tag longer than the search index can take, which made the build wait forever', () => {
    expect(check('en-US-x-abcdefgh-abcdefgh-abcdefgh')).toEqual([
      'content/documents/valid.mdx:5:11  error  frontmatter: "language" must be at most 32 characters long (the search index cannot take a longer tag)  (frontmatter)',
    ]);
  });
});

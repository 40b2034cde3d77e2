import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/build/list-files.ts';
import { moveInto } from '../../src/lib/build/threads.ts';
import { tempDir } from '../helpers/temp-dir.ts';

function write(dir: string, file: string, text = file): void {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
}

describe('the files of a built site', () => {
  it('lists every file below a folder, at any depth, by its path from there with "/" between folders', () => {
    const dir = tempDir('reader-files-');
    for (const file of ['index.html', 'documents/a/index.html', 'entités/zoë/index.html', 'quotes/d/q-1/cite.bib']) write(dir, file);
    mkdirSync(join(dir, 'empty', 'folder'), { recursive: true });
    expect(filesUnder(dir).sort()).toEqual(['documents/a/index.html', 'entités/zoë/index.html', 'index.html', 'quotes/d/q-1/cite.bib']);
  });

  it('moves a folder of files written beside the site into it, merging folders both have, and leaves no trace of the folder', () => {
    const side = tempDir('reader-side-');
    const site = tempDir('reader-site-');
    write(site, 'index.html', 'home');
    write(site, 'data/index.html', 'the data page');
    write(side, 'annotations/a.jsonld', 'a');
    write(side, 'annotations/b.jsonld', 'b');
    write(side, 'annotations.jsonld', 'all');
    write(side, 'data/corpus.json', 'corpus');
    moveInto(side, site);
    expect(filesUnder(site).sort()).toEqual([
      'annotations.jsonld',
      'annotations/a.jsonld',
      'annotations/b.jsonld',
      'data/corpus.json',
      'data/index.html',
      'index.html',
    ]);
    expect(readFileSync(join(site, 'data/index.html'), 'utf8')).toBe('the data page');
    expect(readFileSync(join(site, 'annotations/b.jsonld'), 'utf8')).toBe('b');
    expect(existsSync(side)).toBe(false);
  });
});

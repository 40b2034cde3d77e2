// `npm run new -- <article.txt>`: writes content/sources/<slug>.txt and
// content/documents/<slug>.mdx from a plain-text article (first line the
// headline), with every known name marked, and prints what is left to place
// by hand. It never overwrites a file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readContent } from '../src/lib/analyser/index.ts';
import { prepareAnalysis } from '../src/lib/analyser/corpus.ts';
import { composeDocument, describeNewDocument } from '../src/lib/maintainers/new-document/compose.ts';

export function newDocument(articlePath: string, root = process.cwd()): string[] {
  const { entities, claims } = prepareAnalysis(readContent(root));
  const document = composeDocument(readFileSync(articlePath, 'utf8'), entities, claims);
  const files = [join(root, 'content', 'sources', `${document.slug}.txt`), join(root, 'content', 'documents', `${document.slug}.mdx`)];
  const existing = files.filter((f) => existsSync(f));
  if (existing.length > 0)
    throw new Error(`${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written`);
  for (const f of files) mkdirSync(join(f, '..'), { recursive: true });
  writeFileSync(files[0]!, document.source);
  writeFileSync(files[1]!, document.mdx);
  return describeNewDocument(document);
}

if (import.meta.main) {
  const [article] = process.argv.slice(2);
  if (!article) {
    console.error('usage: npm run new -- <article.txt>   (plain text, first line the headline)');
    process.exit(2);
  }
  try {
    // npm runs scripts from the project root; a relative path is the maintainer's, from where they typed it.
    for (const line of newDocument(resolve(process.env.INIT_CWD ?? process.cwd(), article))) console.log(line);
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

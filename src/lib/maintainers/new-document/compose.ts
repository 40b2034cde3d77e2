// `npm run new`: from a plain-text article to the two files a document needs,
// content/sources/<slug>.txt (the archived copy) and
// content/documents/<slug>.mdx (frontmatter and the marked-up text), plus
// what a maintainer still has to place by hand.
import { readArticle, slugFor, trimReason, type Article } from './article.ts';
import { markParagraph, namesPattern, spellings, type NamedEntity, type Spelling } from './mentions.ts';
import { claimFigures, unknownNames, type Candidate, type FigureMatch } from './unplaced.ts';

export interface NewDocument {
  slug: string;
  article: Article;
  /** The archived copy: the headline and every paragraph, as given (a "<" escaped for Markdown). */
  source: string;
  mdx: string;
  mentions: Spelling[];
  trimmed: { text: string; reason: string }[];
  unknownNames: Candidate[];
  ambiguous: Map<string, string[]>;
  /** Aliases made of common words that occur in the article, with the entity each names elsewhere: left unmarked. */
  common: Map<string, string>;
  figures: FigureMatch[];
}

const quoted = (s: string) => JSON.stringify(s);

export function composeDocument(text: string, entities: NamedEntity[], claims: { id: string; figures: string[] }[]): NewDocument {
  const article = readArticle(text);
  const slug = slugFor(article.headline);
  const { known, ambiguous, common } = spellings(entities);
  const pattern = namesPattern(known.keys());

  const trimmed: NewDocument['trimmed'] = [];
  const body: string[] = [];
  const mentions: Spelling[] = [];
  for (const paragraph of article.paragraphs) {
    const reason = trimReason(paragraph);
    if (reason && !trimmed.some((t) => t.text === paragraph)) {
      trimmed.push({ text: paragraph, reason });
      continue;
    }
    const marked = markParagraph(paragraph, known, pattern);
    body.push(marked.mdx);
    mentions.push(...marked.mentions);
  }

  const kept = article.paragraphs.filter((p) => !trimmed.some((t) => t.text === p));
  const keptText = kept.join('\n');
  /** Whether a spelling left unmarked occurs in the article, as a marked one would be found. */
  const inArticle = (spelling: string) => namesPattern([spelling])!.test(keptText);
  const lines = [
    '---',
    `title: ${quoted(article.headline)}`,
    '# The outlet id of the site this copy comes from (content/entities/<id>.md, kind: outlet), or unknown.',
    'publisher: unknown',
    article.author ? `author: ${quoted(article.author)}` : '# author: the byline could not be read; add it as printed, if there is one.',
    article.published ? `published: ${quoted(article.published)}` : '# The date this copy was published (YYYY-MM-DD) could not be read.',
    ...(article.published ? [] : ['published: unknown']),
    'language: en',
    '# Write one neutral sentence saying what the document reports.',
    'summary: unknown',
    ...(trimmed.length > 0
      ? [
          '# Passages of the archived copy left out of the page; check each is not part of the article.',
          'trimmed:',
          ...trimmed.flatMap((t) => [`  - text: ${quoted(t.text)}`, `    reason: ${quoted(t.reason)}`]),
        ]
      : []),
    '---',
    '',
  ];
  return {
    slug,
    article,
    // Markdown would read "<at the time>" as an HTML tag and drop it: escaped, it stays text.
    source: `${[article.headline, ...article.paragraphs].map((p) => p.replace(/</g, '\\<')).join('\n\n')}\n`,
    mdx: `${lines.join('\n')}\n${body.join('\n\n')}\n`,
    mentions,
    trimmed,
    // The byline's name is in the frontmatter already: an author needs no entity file.
    unknownNames: unknownNames(kept, [...known.keys(), ...ambiguous.keys(), ...(article.author ? [article.author] : [])]),
    ambiguous: new Map([...ambiguous].filter(([s]) => inArticle(s))),
    common: new Map([...common].filter(([s]) => inArticle(s))),
    figures: claimFigures(kept, claims),
  };
}

/** What `npm run new` prints after writing the files: what it did, and what is left to place by hand. */
export function describeNewDocument(d: NewDocument): string[] {
  const out = [`wrote content/sources/${d.slug}.txt and content/documents/${d.slug}.mdx`];
  const entities = new Set(d.mentions.map((m) => m.entity));
  out.push(`  ${d.mentions.length} <Mention>s of ${entities.size} known entities`);
  out.push(
    `  frontmatter: publisher and summary are "unknown": fill them in${d.article.author ? '' : '; no byline read'}${d.article.published ? '' : '; no date read (published: unknown)'}`,
  );
  if (d.trimmed.length > 0)
    out.push(`  trimmed (left out of the page): ${d.trimmed.map((t) => `${quoted(t.text)} (${t.reason})`).join(', ')}`);
  if (d.unknownNames.length > 0) {
    out.push('Names with no entity (a new entity is a file content/entities/<id>.md; see CONTRIBUTING.md):');
    for (const c of d.unknownNames) {
      const hint = c.resembles
        ? `spelled like ${quoted(c.resembles)}: add it to that entity's aliases if it names it, or create content/entities/${c.id}.md`
        : `content/entities/${c.id}.md`;
      out.push(`  ${quoted(c.name)}${c.count > 1 ? ` (${c.count}×)` : ''} → ${hint}`);
    }
  }
  if (d.ambiguous.size > 0) {
    out.push('Spellings of more than one entity, left unmarked (wrap them by hand):');
    for (const [s, ids] of d.ambiguous) out.push(`  ${quoted(s)}: ${ids.join(', ')}`);
  }
  if (d.common.size > 0) {
    out.push('Aliases in common words, left unmarked (wrap them by hand where they name that entity in this article):');
    for (const [s, id] of d.common) out.push(`  ${quoted(s)}: ${id}`);
  }
  if (d.figures.length > 0) {
    out.push('Figures a tracked claim also states (mark the passage <Claim claim="…"> or <Quote … claim="…">):');
    for (const f of d.figures) out.push(`  paragraph ${f.paragraph}: ${f.figure} — claim ${f.claim} (${quoted(f.claimFigure)})`);
  }
  out.push(`Then: npm run check`);
  return out;
}

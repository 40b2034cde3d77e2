// The samples under "Adding a document" in the README name entities and claims
// a new maintainer can copy: every id they use is a file of the project's
// content, so a copied sample fails the check only on what the maintainer
// changed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Adding a document'), readme.indexOf('\n## ', readme.indexOf('## Adding a document') + 1));
const samples = [...section.matchAll(/```(yaml|mdx)\n([\s\S]*?)```/g)].map((m) => m[2]!);

/** Ids of entities (or, for `claim`, of claims) a sample's attributes and frontmatter fields refer to. */
function referencedIds(sample: string): { kind: 'entity' | 'claim'; id: string }[] {
  const out: { kind: 'entity' | 'claim'; id: string }[] = [];
  for (const [, name, id] of sample.matchAll(/\b(entity|speaker|via|event|claim)="([^"]+)"/g))
    out.push({ kind: name === 'claim' ? 'claim' : 'entity', id: id! });
  for (const [, id] of sample.matchAll(/^\s*(?:publisher|originalPublisher|claimant|event):\s*([a-z0-9-]+)/gm))
    if (id !== 'unknown') out.push({ kind: 'entity', id: id! });
  for (const [, list] of sample.matchAll(/^affiliations:\s*\[([^\]]*)\]/gm))
    for (const id of list!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean))
      out.push({ kind: 'entity', id });
  return out;
}

describe('the README’s samples', () => {
  it('are found: an entity, a claim and a complete document', () => {
    expect(samples).toHaveLength(3);
  });

  it('name only entities and claims the project has', () => {
    const ids = samples.flatMap(referencedIds);
    expect(ids.length).toBeGreaterThan(10);
    const missing = ids.filter(
      ({ kind, id }) => !existsSync(join(process.cwd(), 'content', kind === 'claim' ? 'claims' : 'entities', `${id}.md`)),
    );
    expect(missing).toEqual([]);
  });
});

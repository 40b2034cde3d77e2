import { describe, expect, it } from 'vitest';
import { analyseContent, formatDiagnostic, type ContentFiles } from '../../src/lib/analyser/index.ts';
import { fixtureContent } from '../helpers/fixture-content.ts';

/** The valid fixture corpus with one entity or claim file replaced. */
function withFile(folder: 'entities' | 'claims', name: string, text: string): string[] {
  const files: ContentFiles = fixtureContent(['valid']);
  const file = `content/${folder}/${name}.md`;
  files[folder] = [...files[folder].filter((f) => f.file !== file), { file, text }];
  return analyseContent(files).diagnostics.map(formatDiagnostic);
}

describe('entity and claim files', () => {
  it('reports an entity kind outside the list at the value', () => {
    expect(withFile('entities', 'rt', '---\nname: RT\nkind: broadcaster\nrole: Outlet.\n---\n')).toEqual([
      'content/entities/rt.md:3:7  error  frontmatter: "kind" must be one of "person", "organization", "outlet", "place", "event"  (frontmatter)',
    ]);
  });

  it('reports a missing role and an unknown field in one pass', () => {
    expect(withFile('entities', 'rt', '---\nname: RT\nkind: outlet\nwebsite: rt.com\n---\n')).toEqual([
      'content/entities/rt.md:2:1  error  frontmatter: "role" is required  (frontmatter)',
      'content/entities/rt.md:2:1  error  frontmatter: unknown field "website"  (frontmatter)',
    ]);
  });

  it('suggests the closest entity for an unknown affiliation', () => {
    const text = '---\nname: Sergey Rudskoy\nkind: person\nrole: General.\naffiliations: [russian-defense-ministry]\n---\n';
    expect(withFile('entities', 'sergey-rudskoy', text)).toEqual([
      'content/entities/sergey-rudskoy.md:5:1  error  unknown entity "russian-defense-ministry"; did you mean "russian-defence-ministry"?  (unknown-id)',
    ]);
  });

  it('requires the event a claim was first made at to be an event', () => {
    const text = '---\nstatement: The ministry said so.\nclaimant: russian-defence-ministry\nfirstMade:\n  event: rt\n---\n';
    expect(withFile('claims', 'isis-oil-income', text)).toEqual([
      'content/claims/isis-oil-income.md:5:1  error  "rt" is an outlet, not an event  (wrong-kind)',
    ]);
  });

  it('reports an unknown claimant with a suggestion', () => {
    const text = '---\nstatement: The ministry said so.\nclaimant: rudskoy\nfirstMade:\n  event: moscow-briefing\n---\n';
    expect(withFile('claims', 'isis-oil-income', text)).toEqual([
      'content/claims/isis-oil-income.md:3:1  error  unknown entity "rudskoy"; did you mean "sergey-rudskoy"?  (unknown-id)',
    ]);
  });

  it('reports a file without frontmatter', () => {
    expect(withFile('claims', 'isis-oil-income', 'The ministry said so.\n')).toEqual([
      'content/claims/isis-oil-income.md:1:1  error  missing frontmatter: the file must start with a "---" fenced YAML block  (frontmatter)',
    ]);
  });
});

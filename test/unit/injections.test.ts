import { describe, expect, it } from 'vitest';
import { analyseContent } from '../../src/lib/analyser/index.ts';
import { fixtureContent } from '../helpers/fixture-content.ts';

/** The MDX source of a document with the build's injections applied, as the anchors integration does. */
function injected(files: ReturnType<typeof fixtureContent>, slug: string): string {
  const { corpus } = analyseContent(files);
  const document = corpus.documents.find((d) => d.slug === slug)!;
  let out = files.documents.find((f) => f.file.endsWith(`/${slug}.mdx`))!.text;
  for (const { offset, text } of [...document.injections].sort((a, b) => b.offset - a.offset))
    out = out.slice(0, offset) + text + out.slice(offset);
  return out.slice(out.indexOf('\n---\n') + 5).trim();
}

describe('source injections for the build', () => {
  it('gives each component its anchor and document, keeping an anchor the author pinned', () => {
    const files = fixtureContent(['valid']);
    files.documents[0]!.text = files.documents[0]!.text.replace(
      '<Mention entity="sergey-rudskoy">',
      '<Mention entity="sergey-rudskoy" anchor="rudskoy">',
    );
    const out = injected(files, 'valid');
    expect(out).toContain('<Quote anchor="q-sergey-rudskoy-1" doc="valid" speaker="sergey-rudskoy"');
    expect(out).toContain('<Mention doc="valid" entity="sergey-rudskoy" anchor="rudskoy">');
    expect(out).toContain('<Note anchor="n-context-1" doc="valid" kind="context"');
  });

  it('wraps a paragraph made only of components in a Paragraph, and leaves others alone', () => {
    const files = fixtureContent(['valid']);
    const doc = files.documents[0]!;
    // Split the sample so its first paragraph is the quote alone.
    doc.text = doc.text.replace('</Quote> Lieutenant-General', '</Quote>\n\nLieutenant-General');
    files.sources[0]!.text = files.sources[0]!.text.replace('," Lieutenant', ',"\n\nLieutenant');
    const out = injected(files, 'valid');
    expect(out.startsWith('<Paragraph><Quote anchor="q-sergey-rudskoy-1"')).toBe(true);
    expect(out).toContain('per day,"</Quote></Paragraph>\n\nLieutenant-General <Mention anchor=');
    expect(out.match(/<Paragraph>/g)).toHaveLength(1);
  });
});

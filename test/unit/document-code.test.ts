import { describe, expect, it } from 'vitest';
import { analyseContentInParallel } from '../../src/lib/analyser/parallel.ts';
import { annotatedBody, compileDocument } from '../../src/lib/corpus/document-code.ts';
import { documentCode, invalidateCorpus, storeAnalysis } from '../../src/lib/corpus/store.ts';
import { fixtureContent } from '../helpers/fixture-content.ts';

describe('a document’s compiled code', () => {
  it('writes every injection in at its offset, a later one before an earlier one at the same offset', () => {
    const source = '---\ntitle: x\n---\nab cd';
    const body = annotatedBody(source, [
      { offset: 17, text: '[1]' },
      { offset: 19, text: '[2]' },
      { offset: 17, text: '[3]' },
    ]);
    expect(body).toHaveLength(source.length + 9);
    expect(body.slice(17)).toBe('[3][1]ab[2] cd');
  });

  it('comes from the check’s thread once, then is compiled anew, the same each time', async () => {
    const root = '/nowhere';
    const analysis = await analyseContentInParallel(fixtureContent(['valid']), { threads: 1, inThisThread: false, compile: true });
    const { graph } = storeAnalysis(root, analysis);
    try {
      const document = graph.document('valid')!;
      const compiled = (await analysis.compiled)!;
      const fromThread = compiled.get(document.file);
      expect(fromThread).toBe(compileDocument(analysis.sources.get(document.file)!, document.injections));
      expect(await documentCode(document, root)).toBe(fromThread);
      expect(compiled.has(document.file)).toBe(false);
      expect(await documentCode(document, root)).toBe(fromThread);
    } finally {
      invalidateCorpus();
    }
  });
});

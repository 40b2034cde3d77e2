import { documentSchema } from '../../schemas/document.ts';
import { parseNoteText, type NoteSegment } from '../notes/note-text.ts';
import type { Annotation, AnalysedDocument, QuoteMode, Stance, NoteKind } from '../corpus/types.ts';
import { splitList, type RefKind } from './components.ts';
import { Reporter } from './diagnostics.ts';
import { readFrontmatter, splitFrontmatter } from './frontmatter.ts';
import { MdxSyntaxError, parseMdx } from './parse.ts';
import { checkAgainstSource } from './source-match.ts';
import { didYouMean } from './suggest.ts';
import type { LineIndex, Position } from './source-positions.ts';
import { sentenceAround } from './text-builder.ts';
import { walkDocument, type RawComponent } from './walk.ts';
import { reservedAnchor } from './page-ids.ts';
import { headingIdMaker } from '../text/heading-ids.ts';
import { comparisonFields } from './rules/lenient-frontmatter.ts';
import { straightenAttributeQuotes } from './rules/typographic-quotes.ts';

/** The ids a document may refer to, by kind. */
export interface KnownIds {
  /** Entity id → kind. */
  entities: Map<string, string>;
  claims: Set<string>;
  /** Document slugs (for links in note text). */
  documents: Set<string>;
}

export interface DocumentInput {
  slug: string;
  /** Path relative to the project root. */
  file: string;
  source: string;
  /** The archived copy (`content/sources/<slug>.txt`), or undefined when it is missing. */
  archive: { file: string; text: string } | undefined;
}

const contextLength = 32;

/** Validates one document and extracts its annotations. Problems go to the returned diagnostics. */
export function analyseDocument(input: DocumentInput, ids: KnownIds) {
  const report = new Reporter(input.file);
  const split = splitFrontmatter(input.source);
  const data = readFrontmatter(split, documentSchema, report);
  if (data) checkDocumentRefs(data, split, ids, report);

  let tree;
  try {
    tree = parseMdx(straightenAttributeQuotes(split.body, report));
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    // "Expected a closing tag for `<Mention>` (12:7) before …": point at the tag left open.
    const open = /\((\d+):(\d+)\)/.exec(error.reason);
    const at = open ? { line: Number(open[1]), column: Number(open[2]) } : { line: error.line, column: error.column };
    report.error(at, 'mdx-syntax', `malformed MDX: ${error.reason}`);
    return { document: undefined, diagnostics: report.list };
  }

  const before = report.list.length;
  const { builder, components, bareParagraphs, headings } = walkDocument(tree, split.body, report);
  // After a fault in the body (an expression, a stray tag) the text comparison
  // would only repeat it as a difference, so it waits until the body is clean.
  const bodyIsClean = report.list.length === before;
  const text = builder.toString();
  const annotations = buildAnnotations(components, text, builder.blocks, ids, report, split.lines);
  const injections = components.map((c, i) => {
    const annotation = annotations[i];
    const explicit = c.attributes.has('anchor');
    const offset = (c.node.position?.start.offset ?? 0) + 1 + c.name.length;
    const anchorAttr = explicit || !annotation ? '' : ` anchor="${annotation.anchor}"`;
    return { offset, text: `${anchorAttr} doc="${input.slug}"` };
  });
  for (const [start, end] of bareParagraphs) injections.push({ offset: start, text: '<Paragraph>' }, { offset: end, text: '</Paragraph>' });

  const compared = data ?? comparisonFields(split);
  if (!input.archive) {
    report.error({ line: 1, column: 1 }, 'missing-source', `no archived copy: expected content/sources/${input.slug}.txt`);
  } else if (compared && bodyIsClean) {
    checkAgainstSource({
      title: compared.title,
      trimmed: compared.trimmed,
      text,
      builder,
      source: input.source,
      archive: input.archive,
      report,
    });
  }

  const ok = data && report.list.length === 0;
  const document: AnalysedDocument | undefined = ok
    ? {
        slug: input.slug,
        file: input.file,
        data,
        text,
        annotations: annotations as Annotation[],
        injections,
        headingIds: headingIdsOf(headings),
      }
    : undefined;
  return { document, diagnostics: report.list };
}

/** The ids the page gives the headings, in order. */
function headingIdsOf(headings: { text: string }[]): string[] {
  const next = headingIdMaker();
  return headings.map((h) => next(h.text));
}

function checkDocumentRefs(
  data: { publisher?: string | undefined; originalPublisher?: string | undefined },
  split: ReturnType<typeof splitFrontmatter>,
  ids: KnownIds,
  report: Reporter,
) {
  const lineOf = (key: string) => {
    const index = split.yaml.split('\n').findIndex((l) => l.startsWith(`${key}:`));
    return { line: split.yamlLine + Math.max(index, 0), column: 1 };
  };
  if (data.publisher) resolveRef(data.publisher, 'outlet', lineOf('publisher'), ids, report);
  if (data.originalPublisher) resolveRef(data.originalPublisher, 'outlet', lineOf('originalPublisher'), ids, report);
}

/** Checks an id against the corpus; reports unknown ids with a suggestion and ids of the wrong kind. */
export function resolveRef(id: string, kind: RefKind, at: { line: number; column: number }, ids: KnownIds, report: Reporter): boolean {
  if (kind === 'claim') {
    if (ids.claims.has(id)) return true;
    report.error(at, 'unknown-id', `unknown claim "${id}"${didYouMean(id, ids.claims)}`);
    return false;
  }
  const actual = ids.entities.get(id);
  if (actual === undefined) {
    report.error(at, 'unknown-id', `unknown ${kind === 'entity' ? 'entity' : kind} "${id}"${didYouMean(id, ids.entities.keys())}`);
    return false;
  }
  if (kind !== 'entity' && actual !== kind && actual !== '?') {
    const a = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);
    report.error(at, 'wrong-kind', `"${id}" is ${a(actual)}, not ${a(kind)}`);
    return false;
  }
  return true;
}

function buildAnnotations(
  components: RawComponent[],
  text: string,
  blocks: [number, number][],
  ids: KnownIds,
  report: Reporter,
  lines: LineIndex,
): (Annotation | undefined)[] {
  const used = new Set<string>();
  for (const c of components) {
    const anchor = c.attributes.get('anchor');
    if (!anchor) continue;
    if (!/^[a-z][a-z0-9-]*$/.test(anchor.value))
      report.error(anchor.at, 'invalid-value', `anchor "${anchor.value}" must be lower-case letters, digits and hyphens`);
    else if (reservedAnchor(anchor.value)) report.error(anchor.at, 'reserved-anchor', reservedAnchor(anchor.value)!);
    else if (used.has(anchor.value)) report.error(anchor.at, 'duplicate-anchor', `anchor "${anchor.value}" is used twice in this document`);
    used.add(anchor.value);
  }
  const counters = new Map<string, number>();
  const nextAnchor = (stem: string) => {
    let n = counters.get(stem) ?? 0;
    let candidate: string;
    do candidate = `${stem}-${++n}`;
    while (used.has(candidate));
    counters.set(stem, n);
    used.add(candidate);
    return candidate;
  };

  const result: (Annotation | undefined)[] = [];
  for (const c of components) {
    const { props, note } = readProps(c, ids, report, lines);
    const at = c.node.position!.start;
    const key = props.entity ?? props.speaker ?? props.claim ?? props.kind ?? (c.name === 'Quote' ? 'unattributed' : 'x');
    const anchor = c.attributes.get('anchor')?.value ?? nextAnchor(`${c.spec.prefix}-${key}`);
    if (c.start === c.end) report.error(at, 'empty-span', `<${c.name}> must wrap the words it annotates`);
    const base = {
      anchor,
      start: c.start,
      end: c.end,
      exact: text.slice(c.start, c.end),
      prefix: text.slice(Math.max(0, c.start - contextLength), c.start),
      suffix: text.slice(c.end, c.end + contextLength),
      sentence: sentenceAround(text, blocks, c.start, c.end),
      line: at.line,
      column: at.column,
      ...(c.parent !== undefined ? { parent: result[c.parent]?.anchor ?? '' } : {}),
    };
    result.push(toAnnotation(c, base, props, note, report));
  }
  return result;
}

type Props = Record<string, string | undefined>;

/** The literal props of a component, and its note text read into segments when it has one. */
function readProps(c: RawComponent, ids: KnownIds, report: Reporter, lines: LineIndex): { props: Props; note: NoteSegment[] | undefined } {
  const props: Props = {};
  let note: NoteSegment[] | undefined;
  const at = c.node.position!.start;
  for (const [name, { value, at: attrAt, valueOffset }] of c.attributes) {
    const spec = c.spec.props[name];
    if (!spec) {
      report.error(attrAt, 'unknown-attribute', `<${c.name}> has no attribute "${name}"${didYouMean(name, Object.keys(c.spec.props))}`);
      continue;
    }
    if (name === 'doc') {
      report.error(attrAt, 'reserved-attribute', `"doc" is set by the build; remove it`);
      continue;
    }
    if (spec.values && !spec.values.includes(value)) {
      report.error(attrAt, 'invalid-value', `${name}="${value}" must be one of ${spec.values.map((v) => `"${v}"`).join(', ')}`);
      continue;
    }
    if (spec.ref) {
      const list = spec.list ? splitList(value) : [value];
      if (list.length === 0) report.error(attrAt, 'invalid-value', `${name} must name at least one id`);
      list.forEach((id) => resolveRef(id, spec.ref!, attrAt, ids, report));
    }
    if (spec.noteText) note = checkNoteText(value, attrAt, valueOffset, lines, ids, report);
    props[name] = value;
  }
  for (const [name, spec] of Object.entries(c.spec.props)) {
    if (spec.required && !c.present.has(name)) {
      report.error(at, 'missing-attribute', `<${c.name}> needs a ${name}="…" attribute`);
    }
  }
  return { props, note };
}

function checkNoteText(
  value: string,
  at: Position,
  valueOffset: number | undefined,
  lines: LineIndex,
  ids: KnownIds,
  report: Reporter,
): NoteSegment[] {
  const { segments, problems } = parseNoteText(value);
  if (!value.trim()) report.error(at, 'invalid-value', 'note text must not be empty');
  // At the place in the note when the value is written as it reads, else at the attribute.
  const where = (offset: number) => (valueOffset === undefined ? at : lines.at(valueOffset + offset));
  for (const p of problems) report.error(where(p.offset), p.rule, p.message);
  for (const s of segments) {
    if (s.kind !== 'link') continue;
    const t = s.target;
    if (t.type === 'entity') resolveRef(t.id, 'entity', at, ids, report);
    else if (t.type === 'claim') resolveRef(t.id, 'claim', at, ids, report);
    else if (t.type === 'document' && !ids.documents.has(t.id)) {
      report.error(at, 'unknown-id', `unknown document "${t.id}"${didYouMean(t.id, ids.documents)}`);
    }
  }
  return segments;
}

function toAnnotation(
  c: RawComponent,
  base: Omit<Annotation, 'type' | 'entity'> & object,
  props: Props,
  note: NoteSegment[] | undefined,
  report: Reporter,
): Annotation | undefined {
  const stance = (props.stance ?? 'asserts') as Stance;
  switch (c.spec.type) {
    case 'mention':
      return props.entity ? { ...base, type: 'mention', entity: props.entity } : undefined;
    case 'quote': {
      const mode = (props.mode ?? 'direct') as QuoteMode;
      if (!c.present.has('speaker') && mode !== 'unattributed') {
        report.error(c.node.position!.start, 'missing-attribute', '<Quote> needs speaker="…" unless mode="unattributed"');
      }
      if (props.stance && !props.claim) report.error(c.node.position!.start, 'missing-attribute', '<Quote> with a stance needs claim="…"');
      return {
        ...base,
        type: 'quote',
        ...(props.speaker ? { speaker: props.speaker } : {}),
        via: props.via ? splitList(props.via) : [],
        ...(props.event ? { event: props.event } : {}),
        mode,
        ...(props.claim ? { claim: props.claim } : {}),
        stance,
        ...(note ? { note } : {}),
      };
    }
    case 'claim':
      return props.claim ? { ...base, type: 'claim', claim: props.claim, stance, ...(note ? { note } : {}) } : undefined;
    case 'note':
      return props.kind && note ? { ...base, type: 'note', kind: props.kind as NoteKind, note } : undefined;
  }
}

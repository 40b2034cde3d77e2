// A synthetic corpus for the benchmark: documents of about 6 KB with the
// annotation density of the real ones (about 20 mentions, 5 quotes, 5 claims
// and 5 notes each) over a fixed set of entities and claims. Deterministic for
// a given seed, so runs compare. Every document comes with its archived copy
// (the text with the components stripped), so the corpus passes `npm run check`.

export interface CorpusOptions {
  documents: number;
  /** Entities in the corpus (outlets, events, people, organisations, places). Default 300. */
  entities?: number;
  /** Tracked claims. Default 100. */
  claims?: number;
  /** Per document. Defaults: 20, 5, 5, 5. */
  mentions?: number;
  quotes?: number;
  claimSpans?: number;
  notes?: number;
  /** Approximate size of a document file in bytes. Default 6,000. */
  bytes?: number;
  seed?: number;
}

/** One file of the corpus: its path relative to the project root and its text. */
export interface CorpusFile {
  path: string;
  text: string;
}

export interface Corpus {
  files: CorpusFile[];
  /** The annotations written per document, for checking density. */
  counts: { mentions: number; quotes: number; claims: number; notes: number };
  /** Words that occur in the text, from frequent to rare: query material for the search bench. */
  vocabulary: string[];
  /** Names of the entities, as they appear in mentions. */
  names: string[];
}

/** mulberry32: small, fast, good enough for text. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const onsets = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'gr', 'kr', 'st', 'tr', 'sh', 'ch'];
const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ea'];
const codas = ['', '', '', 'n', 'r', 's', 'l', 'm', 'nd', 'rt', 'st'];
// No number words ("two", "three"): the check compares the figures a passage states with its claim's.
const common = `the of and to in a that said was for on it with as by at from his her their were has have had which this
would not be but are an they who its been also more after over against about into than other some most both each oil
border trade report officials government minister forces ministry statement week city region told according new
year month per cent evidence claims sources agency spokesman president data`.split(/\s+/);

const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const kebab = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function generateCorpus(options: CorpusOptions): Corpus {
  const o = {
    entities: 300,
    claims: 100,
    mentions: 20,
    quotes: 5,
    claimSpans: 5,
    notes: 5,
    bytes: 6000,
    seed: 8,
    ...options,
  };
  const rnd = random(o.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));

  // A vocabulary of made-up words, used with a Zipf-like skew as real text is;
  // none is a number word, which the check would read as a figure.
  const seen = new Set<string>([
    ...common,
    ...'two three four five six seven eight nine ten half dozen hundred thousand million billion'.split(' '),
  ]);
  const invented: string[] = [];
  while (invented.length < 4000) {
    let w = '';
    for (let s = rnd() < 0.6 ? 1 : 2; s > 0; s--) w += pick(onsets) + pick(vowels) + pick(codas);
    if (w.length >= 3 && !seen.has(w)) {
      seen.add(w);
      invented.push(w);
    }
  }
  const vocabulary = [...common, ...invented];
  const word = () => (rnd() < 0.45 ? pick(common) : invented[Math.floor(invented.length * rnd() ** 2.5)]!);
  const words = (n: number) => Array.from({ length: n }, word).join(' ');

  // Entities: a few outlets and events, many people, organisations and places.
  type Entity = { id: string; name: string; kind: string; role: string };
  const share = { outlet: 0.07, event: 0.04, person: 0.5, organization: 0.19, place: 0.2 };
  const entities: Entity[] = [];
  const ids = new Set<string>();
  for (const [k, [kind, part]] of Object.entries(share).entries()) {
    // The last kind takes what rounding left over, so the total is exact.
    const n = k === Object.keys(share).length - 1 ? o.entities - entities.length : Math.max(1, Math.round(o.entities * part));
    for (let i = 0; i < n && entities.length < o.entities; i++) {
      const name =
        kind === 'event'
          ? `${capital(pick(invented))} summit ${2010 + (i % 15)}`
          : kind === 'outlet'
            ? `${capital(pick(invented))} ${pick(['News', 'Times', 'Daily', 'Report', 'Wire'])}`
            : kind === 'person'
              ? `${capital(pick(invented))} ${capital(pick(invented))}`
              : capital(pick(invented));
      let id = kebab(name);
      while (ids.has(id)) id = `${kebab(name)}-${int(2, 999)}`;
      ids.add(id);
      entities.push({ id, name, kind, role: `${capital(kind)} named in the synthetic benchmark corpus: ${words(8)}.` });
    }
  }
  const byKind = (kind: string) => entities.filter((e) => e.kind === kind);
  const outlets = byKind('outlet');
  const events = byKind('event');
  const people = byKind('person');
  const files: CorpusFile[] = [];
  // An outlet's last word ("Report", "News") is a common word, not a name of it.
  for (const e of entities) {
    files.push({
      path: `content/entities/${e.id}.md`,
      text: `---\nname: "${e.name}"\nkind: ${e.kind}\noutsideSpellings: [${e.kind === 'outlet' ? '' : `"${e.name.split(' ').pop()}"`}]\nrole: "${e.role}"\n---\n`,
    });
  }

  const claims = Array.from({ length: o.claims }, (_, i) => ({ id: `claim-${String(i + 1).padStart(3, '0')}`, claimant: pick(people).id }));
  for (const c of claims) {
    files.push({
      path: `content/claims/${c.id}.md`,
      text: `---\nstatement: "${capital(words(12))} (synthetic claim ${c.id})."\nclaimant: ${c.claimant}\nfirstMade:\n  event: ${pick(events).id}\ndate: "2015-12-02"\nfigures: ["${int(10, 9999)} ${pick(invented)}"]\nnote: "Synthetic: the claimant is drawn at random."\n---\n`,
    });
  }

  // Each annotation as [mdx, plain text]; a paragraph is a list of pieces.
  type Piece = { mdx: string; text: string };
  const plain = (t: string): Piece => ({ mdx: t, text: t });
  // As `npm run check` requires: every entity is mentioned once before any
  // twice; outlets are named as publishers (each in turn) and relay only the
  // quotes of the documents they publish, so no sentence names an outlet its
  // quote's chain lacks.
  const named = entities.filter((e) => e.kind !== 'outlet');
  let mentioned = 0;
  let asserted = 0;
  const mention = (): Piece => {
    const e = mentioned < named.length ? named[mentioned++]! : pick(named);
    return { mdx: `<Mention entity="${e.id}">${e.name}</Mention>`, text: e.name };
  };
  const noteKinds = ['attribution', 'dispute', 'context', 'correction'];

  const slugs = Array.from({ length: o.documents }, (_, i) => `doc-${String(i + 1).padStart(5, '0')}`);
  for (const [index, slug] of slugs.entries()) {
    // The annotations of this document, shuffled into its sentences.
    const pieces: Piece[] = [];
    const publisher = outlets[index % outlets.length]!.id;
    for (let i = 0; i < o.mentions - Math.min(o.mentions, o.quotes > 0 ? 1 : 0); i++) pieces.push(mention());
    for (let i = 0; i < o.quotes; i++) {
      const speaker = pick(people);
      const via = [publisher];
      const claim = rnd() < 0.8 ? pick(claims).id : undefined;
      const stance = claim && rnd() < 0.2 ? ' stance="disputes"' : '';
      const mode = rnd() < 0.6 ? 'direct' : 'paraphrase';
      // The first quote names someone inside it, as quotes often do.
      const inner = i === 0 && o.mentions > 0 ? mention() : plain(words(4));
      const before = words(int(4, 10));
      const after = words(int(3, 8));
      pieces.push({
        mdx: `<Quote speaker="${speaker.id}" via="${[...new Set(via)].join(', ')}" event="${pick(events).id}" mode="${mode}"${claim ? ` claim="${claim}"` : ''}${stance}>"${before} ${inner.mdx} ${after}"</Quote>`,
        text: `"${before} ${inner.text} ${after}"`,
      });
    }
    for (let i = 0; i < o.claimSpans; i++) {
      const t = words(int(6, 14));
      // Each claim is asserted once before any claim is disputed or repeated.
      const first = asserted < claims.length;
      const stance = !first && rnd() < 0.1 ? ' stance="disputes"' : '';
      pieces.push({ mdx: `<Claim claim="${(first ? claims[asserted++] : pick(claims))!.id}"${stance}>${t}</Claim>`, text: t });
    }
    for (let i = 0; i < o.notes; i++) {
      const t = words(int(2, 6));
      const e = pick(entities);
      const other = index > 0 && rnd() < 0.5 ? ` Compare [${slugs[int(0, index - 1)]}](document:${slugs[int(0, index - 1)]}).` : '';
      const kind = noteKinds[i % noteKinds.length];
      pieces.push({
        mdx: `<Note kind="${kind}" note="${capital(words(int(6, 14)))}; see [${e.name}](entity:${e.id}).${other}">${t}</Note>`,
        text: t,
      });
    }
    for (let i = pieces.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [pieces[i], pieces[j]] = [pieces[j]!, pieces[i]!];
    }

    // Paragraphs of sentences; annotations go in among the words until the
    // target size is reached.
    const paragraphs: Piece[][] = [];
    let size = 600;
    let next = 0;
    while (next < pieces.length || size < o.bytes) {
      const paragraph: Piece[] = [];
      for (let s = int(2, 4); s > 0; s--) {
        const sentenceParts: Piece[] = [plain(capital(words(int(3, 9))))];
        const slots = next < pieces.length ? int(1, 3) : 0;
        for (let k = 0; k < slots && next < pieces.length; k++) {
          sentenceParts.push(pieces[next++]!, plain(words(int(2, 8))));
        }
        sentenceParts.push(plain(`${words(int(2, 8))}.`));
        for (const p of sentenceParts) size += p.mdx.length + 1;
        paragraph.push(...sentenceParts);
      }
      paragraphs.push(paragraph);
    }
    const title = `${capital(words(int(4, 9)))} (report ${index + 1})`;
    const date = `20${String(int(10, 24))}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
    const mdxBody = paragraphs.map((p) => p.map((x) => x.mdx).join(' ')).join('\n\n');
    const textBody = paragraphs.map((p) => p.map((x) => x.text).join(' ')).join('\n\n');
    files.push({
      path: `content/documents/${slug}.mdx`,
      text: `---\ntitle: "${title}"\npublisher: ${publisher}\nauthor: "${capital(pick(invented))} ${capital(pick(invented))}"\npublished: "${date}"\nlanguage: en\nsummary: "${capital(words(18))}."\n---\n\n${mdxBody}\n`,
    });
    files.push({ path: `content/sources/${slug}.txt`, text: `${title}\n\n${textBody}\n` });
  }

  return {
    files,
    counts: { mentions: o.mentions, quotes: o.quotes, claims: o.claimSpans, notes: o.notes },
    vocabulary,
    names: entities.map((e) => e.name),
  };
}

/** The same MDX with every component replaced by a plain <span>: the baseline's documents. */
export function plainSpans(mdx: string): string {
  return mdx.replace(/<(Mention|Quote|Claim|Note)\b[^>]*>/g, '<span>').replace(/<\/(Mention|Quote|Claim|Note)>/g, '</span>');
}

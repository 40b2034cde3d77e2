// `npm run dev` on a copy of the site: a content error shows as the content
// file's path:line:col, a broken document stops only the pages that need it,
// and fixing the file brings the page back without a restart. Documents,
// archived copies and entities are each broken once.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';

const repo = join(import.meta.dirname, '..', '..');
const slug = 'russia-presents-proof-turkey-role';
const page = `documents/${slug}/`;
const documentFile = `content/documents/${slug}.mdx`;

let dir: string;
let server: ChildProcess;
let output = '';
let origin: string;

/** Waits for a condition the server reaches on its own (a file watcher, a reload); fails with `what` after a minute. */
async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}\n${output.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The server prints what went wrong; its output may arrive a little after the response. */
const outputShows = (pattern: RegExp) => until(`${pattern} in the server output`, async () => (pattern.test(output) ? true : undefined));
const status = async (path = page) => (await fetch(new URL(path, origin))).status;
const statusBecomes = (code: number, path = page) =>
  until(`${path} answers ${code}`, async () => ((await status(path)) === code ? code : undefined));
const edit = (file: string, change: (text: string) => string) => {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
  return () => writeFileSync(path, before);
};

/** This process's environment without what vitest sets for itself (NODE_ENV=test, VITEST*), which would change how Astro serves. */
function devEnvironment(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1' };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'reader-dev-'));
  for (const entry of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(repo, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  server = spawn(process.execPath, [join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', '0'], {
    cwd: dir,
    env: devEnvironment(),
  });
  for (const stream of [server.stdout!, server.stderr!]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  origin = await until('the dev server to start', async () => /Local\s+(http:\/\/\S+)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''))?.[1]);
}, 120_000);

afterAll(() => {
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run dev after a content error', () => {
  it('serves the document, shows a broken id at its place in the content file, and serves it again once fixed', async () => {
    // The first request waits for Astro to sync the content collections.
    await statusBecomes(200);
    const restore = edit(documentFile, (t) => t.replace('<Mention entity="turkey">', '<Mention entity="turky">'));
    await statusBecomes(500);
    const diagnostic = new RegExp(
      `${documentFile.replace(/[.]/g, '\\.')}:\\d+:\\d+  error  unknown entity "turky"; did you mean "turkey"\\?  \\(unknown-id\\)`,
    );
    await outputShows(diagnostic);
    // Only the pages that need the document stop: the page of an entity it never names still renders.
    expect(readFileSync(join(dir, documentFile), 'utf8')).not.toContain('entity="zakho"');
    expect(await status('entities/zakho/')).toBe(200);

    // The overlay a maintainer sees: the diagnostic and the content file, no unrelated hint.
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      await tab.goto(new URL(page, origin).href);
      const overlay = await tab.waitForSelector('vite-error-overlay', { state: 'attached' });
      const text = await overlay.evaluate((el) => [...el.shadowRoot!.children].map((c) => (c as HTMLElement).innerText ?? '').join('\n'));
      expect(text).toMatch(diagnostic);
      expect(text).not.toContain('Browser APIs');
    } finally {
      await browser.close();
    }

    restore();
    await statusBecomes(200);
  }, 180_000);

  it('says a save that breaks a document once, however many events the save raises, with no stack of the site code', async () => {
    // As many editors save: a copy written beside the file, then renamed over it (add, change, unlink).
    const path = join(dir, documentFile);
    const before = readFileSync(path, 'utf8');
    const saveAs = (text: string) => {
      const copy = join(dir, 'content', 'documents', `.${slug}.mdx.tmp`);
      writeFileSync(copy, text);
      renameSync(copy, path);
    };
    const from = output.length;
    saveAs(before.replace('<Mention entity="turkey">', '<Mention entity="turky">'));
    try {
      await statusBecomes(500);
      // The watcher's report and the page's error; then time for a late event and the watcher's second look.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const said = output.slice(from).replace(/\x1b\[[0-9;]*m/g, '');
      expect(said.match(/\[vite\] content\/documents\/\S+  error  unknown entity "turky"/g)).toHaveLength(1);
      expect(said).not.toMatch(/\n\s+at .*\.(ts|js|mjs|astro):\d+/);
    } finally {
      saveAs(before);
    }
    await statusBecomes(200);
  }, 180_000);

  it('notices a changed archived copy and a broken entity file, and recovers from each', async () => {
    const restoreSource = edit(`content/sources/${slug}.txt`, (t) => t.replace('destructive', 'constructive'));
    await statusBecomes(500);
    await outputShows(/text differs from content\/sources\/russia-presents-proof-turkey-role\.txt/);
    restoreSource();
    await statusBecomes(200);

    const restoreEntity = edit('content/entities/turkey.md', (t) => t.replace('kind: place', 'kind: country'));
    await statusBecomes(500, 'entities/turkey/');
    await outputShows(/content\/entities\/turkey\.md:3:7  error  frontmatter: "kind" must be one of/);
    restoreEntity();
    await statusBecomes(200, 'entities/turkey/');
    expect(await status()).toBe(200);
  }, 180_000);
});

describe('npm run dev', () => {
  it.each([`share/documents/${slug}.png`, 'share/claims/turkey-buys-isis-oil.png'])(
    'serves the share image %s (a build writes it beside the pages)',
    async (path) => {
      const response = await fetch(new URL(path, origin));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    },
  );
});

// `npm run screenshots`: PNGs of each page type at 1280 and 375 px, light and
// dark, into screenshots/, so anyone can look at what readers see. Needs a build.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../test/helpers/browser.ts';
import { startServer } from './serve.ts';

const pages: Record<string, string> = {
  home: '',
  document: 'documents/russia-presents-proof-turkey-role/',
  entity: 'entities/sergey-rudskoy/',
  claim: 'claims/isis-oil-income/',
  'claim-disputed': 'claims/turkey-buys-isis-oil/',
  'entity-speaker': 'entities/recep-tayyip-erdogan/',
  entities: 'entities/',
  claims: 'claims/',
  quotes: 'quotes/',
  passage: 'quotes/russia-presents-proof-turkey-role/live-pipelines/',
  'speaker-list': 'quotes/by/sergey-rudskoy/',
  search: 'search/?q=Rudskoy',
  data: 'data/',
  story: 'story/',
  timeline: 'timeline/',
  'not-found': 'no-such-page/',
};

const out = join(process.cwd(), 'screenshots');
mkdirSync(out, { recursive: true });
const server = await startServer({ root: join(process.cwd(), 'dist'), port: 0 });
const browser = await launchBrowser();
try {
  for (const [name, path] of Object.entries(pages)) {
    for (const width of [1280, 375]) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(server.url + path, { waitUntil: 'networkidle' });
        const file = join(out, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: process.argv.includes('--full') });
        await page.close();
        console.log(file);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

// `npm run screenshots`: PNGs of each page type at 1440, 1280 and 375 px,
// light and dark, into screenshots/, so anyone can look at what readers see;
// and of a document at 1024 px on a touch screen (no hover, a note opened by
// tap), at 320 px, and as printed (print media at A4 width). Needs a build. `--full` for whole pages;
// `--only <name>` for one page type.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../test/helpers/browser.ts';
import { startPreview } from './preview-server.ts';

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
const server = await startPreview({ root: process.cwd() });
const browser = await launchBrowser();
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const fullPage = process.argv.includes('--full');
try {
  for (const [name, path] of Object.entries(pages)) {
    if (only && name !== only) continue;
    for (const width of [1440, 1280, 375]) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(server.url + path, { waitUntil: 'networkidle' });
        const file = join(out, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage });
        await page.close();
        console.log(file);
      }
    }
  }
  if (!only || only === 'document') {
    const document = pages.document!;
    for (const scheme of ['light', 'dark'] as const) {
      // A tablet held landscape: touch, no hover; the first note opened by a tap.
      const touch = await browser.newContext({
        viewport: { width: 1024, height: 768 },
        hasTouch: true,
        isMobile: true,
        colorScheme: scheme,
      });
      const page = await touch.newPage();
      await page.goto(server.url + document, { waitUntil: 'networkidle' });
      const file = join(out, `document-1024-touch-${scheme}.png`);
      await page.screenshot({ path: file, fullPage });
      await page.locator('.anno__toggle').first().tap();
      await page.screenshot({ path: join(out, `document-1024-touch-open-${scheme}.png`) });
      await touch.close();
      console.log(file);
    }
    const narrow = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await narrow.goto(server.url + document, { waitUntil: 'networkidle' });
    await narrow.screenshot({ path: join(out, 'document-320-light.png'), fullPage });
    await narrow.close();
    const print = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await print.goto(server.url + document, { waitUntil: 'networkidle' });
    await print.emulateMedia({ media: 'print' });
    await print.screenshot({ path: join(out, 'document-print.png'), fullPage: true });
    await print.close();
    console.log(join(out, 'document-print.png'));
  }
} finally {
  await browser.close();
  await server.close();
}

import { launchBrowser } from './test/helpers/browser.ts';
import { startServer } from './scripts/serve.ts';
const server = await startServer({ root: 'dist', port: 0 });
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(server.url + 'documents/russians-can-prove-turkey-isis/', { waitUntil: 'networkidle' });
const h = await page.evaluate(() => document.documentElement.scrollHeight);
console.log(h);
for (let y = 900, i = 0; y < Math.min(h, 900 * 5); y += 1400, i++) {
  await page.screenshot({ path: `/tmp/full-${i}.png`, clip: { x: 0, y, width: 1280, height: 1400 }, fullPage: true });
}
await browser.close(); await server.close();

// One way to start Chromium for every browser test: the system (Debian)
// Chromium driven by playwright-core, never a downloaded browser.
import { chromium, type Browser } from 'playwright-core';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', // containers and CI run as root, where the sandbox cannot start
      '--disable-gpu',
      // Keep runs hermetic and quiet: no update checks, sync or QUIC probes leaving the machine.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

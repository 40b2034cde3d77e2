// The one Chromium every browser tool here drives: the system (Debian) build,
// never a downloaded browser, started the same way by the browser tests
// (playwright-core) and the Lighthouse audits (chrome-launcher).
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox', // containers and CI run as root, where the sandbox cannot start
  '--disable-gpu',
  // Keep runs hermetic and quiet: no update checks, sync or QUIC probes leaving the machine.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

import type { LaunchOptions } from 'playwright-core';

/**
 * Debian's Chromium driven by playwright-core (no downloaded browsers). The flags keep it from
 * calling home (component updates, sync, QUIC probes) and make it run in a container.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

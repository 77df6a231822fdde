import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: Playwright cannot download its own browser here (`.ci/run` installs this one). */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Flags this machine needs: no sandbox as root, no GPU, and no background traffic (the network is
 * closed, and Chromium's update and sync checks would otherwise fail noisily at every start).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A headless Chromium with the flags above (Playwright gives it a fresh profile). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

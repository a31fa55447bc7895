import { chromium } from 'playwright-core';
import { CHROMIUM } from './install.mjs';

// Offline, the workbench complains about hosts it cannot reach; none of it is ours.
const NOISE = [
  /ENOTFOUND/,
  /ERR_NAME_NOT_RESOLVED/,
  /ERR_INTERNET_DISCONNECTED/,
  /ERR_CONNECTION_REFUSED/,
  /github/i,
  /gallery/i,
  /marketplace/i,
  /telemetry/i,
  /404 \(Not Found\)/,
  /Failed to load resource/,
  /update\.code\.visualstudio\.com/,
  /vscode-cdn\.net/,
  /open-vsx/i,
  /net::ERR_/,
  // The workbench's own housekeeping, forwarded through the same log channel.
  /^\[[A-Za-z][\w:.\- ]*\] /,
  /^Canceled/,
  /^(Creating a socket|Resolving connection token|Resolved connection token|Updating additional builtin)/,
];

export function isNoise(line) {
  return NOISE.some((re) => re.test(line));
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

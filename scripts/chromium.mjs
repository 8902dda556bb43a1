// How every tool of this repository (tests, benchmark, screenshots) starts Chromium: Debian's
// package unless CHROME_PATH names another, with the flags a root user on a closed network needs.
export const chromiumExecutable = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

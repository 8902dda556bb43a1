// How every tool of this repository (tests, benchmark, screenshots, the Storybook check) finds the
// browsers installed on the machine: nothing here downloads one. An environment variable always
// wins (CHROME_PATH, FIREFOX_PATH, WEBKIT_PATH); then Chrome's release channels where
// @puppeteer/browsers knows them to be installed, then the usual places of Chromium, Edge and
// Firefox per OS, then the commands on PATH.
//
//   node scripts/browsers.mjs chromium|firefox|webkit
// prints nothing and exits 0 when the engine is there, else prints one line saying what it looked
// for and how to install it, and exits 1 (the `pretest` scripts).
import {accessSync, constants, readdirSync, statSync} from 'node:fs';
import {homedir} from 'node:os';
import {delimiter, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {Browser, ChromeReleaseChannel, computeSystemExecutablePath} from '@puppeteer/browsers';

/** Flags for Chromium: root needs `--no-sandbox`; the rest keep it off the (closed) network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const platform = process.platform;

function isExecutable(path) {
  try {
    accessSync(path, platform === 'win32' ? constants.F_OK : constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The first of `commands` found on PATH, as `which` would answer. */
function onPath(commands) {
  const extensions = platform === 'win32' ? (process.env.PATHEXT ?? '.EXE').split(';') : [''];
  for (const command of commands) {
    for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
      for (const extension of extensions) {
        const candidate = join(dir, command + extension);
        if (isExecutable(candidate)) return candidate;
      }
    }
  }
  return null;
}

/** Chrome stable, beta, dev or canary where Chrome's installers put them on this OS. */
function chromeChannel() {
  for (const channel of Object.values(ChromeReleaseChannel)) {
    try {
      return computeSystemExecutablePath({browser: Browser.CHROME, channel});
    } catch {
      // Not installed (or an OS @puppeteer/browsers does not know).
    }
  }
  return null;
}

/** Existing `…/MiniBrowser` files under the library folders WebKitGTK installs into. */
function miniBrowsers() {
  const found = [];
  for (const root of ['/usr/lib', '/usr/libexec', '/usr/lib64']) {
    let entries;
    try {
      entries = readdirSync(root);
    } catch {
      continue;
    }
    // Debian: /usr/lib/<triplet>/webkit2gtk-4.1/MiniBrowser; Fedora: /usr/libexec/webkit2gtk-4.1/.
    const dirs = [
      ...entries.filter((name) => name.startsWith('webkit')).map((name) => join(root, name)),
      ...entries
        .filter((name) => name.endsWith('-linux-gnu'))
        .flatMap((triplet) => {
          try {
            return readdirSync(join(root, triplet))
              .filter((name) => name.startsWith('webkit'))
              .map((name) => join(root, triplet, name));
          } catch {
            return [];
          }
        }),
    ];
    // webkitgtk-6.0 before webkit2gtk-4.1 before 4.0: the newest API first.
    dirs.sort().reverse();
    found.push(...dirs.map((dir) => join(dir, 'MiniBrowser')).filter(isExecutable));
  }
  return found;
}

const programFiles = [
  process.env['PROGRAMFILES'],
  process.env['PROGRAMFILES(X86)'],
  process.env['LOCALAPPDATA'],
].filter(Boolean);

/**
 * What each engine needs, where to look (per OS, computed only when asked), and how to install
 * it. `paths` are checked in order, then `commands` on PATH.
 */
const ENGINES = {
  chromium: {
    name: 'Chromium, Chrome or Edge',
    variable: 'CHROME_PATH',
    looked:
      'Google Chrome (stable, beta, dev, canary), Chromium and Microsoft Edge where they install',
    paths: {
      linux: () => [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        chromeChannel(),
        '/usr/bin/microsoft-edge',
        '/opt/microsoft/msedge/msedge',
        '/snap/bin/chromium',
      ],
      darwin: () => [
        chromeChannel(),
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        join(homedir(), 'Applications/Chromium.app/Contents/MacOS/Chromium'),
        '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      ],
      win32: () => [
        chromeChannel(),
        ...programFiles.map((dir) => join(dir, 'Microsoft\\Edge\\Application\\msedge.exe')),
        ...programFiles.map((dir) => join(dir, 'Chromium\\Application\\chrome.exe')),
      ],
    },
    commands: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'msedge'],
    install: {
      linux:
        'install it (Debian: sudo apt-get install chromium; Ubuntu: sudo snap install chromium; Fedora: sudo dnf install chromium)',
      darwin: 'install Chrome (brew install --cask google-chrome, or from google.com/chrome)',
      win32: 'install Chrome or Edge (winget install Google.Chrome)',
    },
    example: '/path/to/chrome',
  },
  firefox: {
    name: 'Firefox',
    variable: 'FIREFOX_PATH',
    looked: "Firefox's default install folders",
    paths: {
      linux: () => ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox'],
      darwin: () => [
        '/Applications/Firefox.app/Contents/MacOS/firefox',
        join(homedir(), 'Applications/Firefox.app/Contents/MacOS/firefox'),
      ],
      win32: () => programFiles.map((dir) => join(dir, 'Mozilla Firefox\\firefox.exe')),
    },
    commands: ['firefox-esr', 'firefox'],
    install: {
      linux:
        'install it (Debian: sudo apt-get install firefox-esr; Ubuntu: sudo snap install firefox; Fedora: sudo dnf install firefox)',
      darwin: 'install it (brew install --cask firefox)',
      win32: 'install it (winget install Mozilla.Firefox)',
    },
    example: '/path/to/firefox',
  },
  webkit: {
    name: 'MiniBrowser (WebKitGTK)',
    variable: 'WEBKIT_PATH',
    looked: '/usr/lib*/…/webkit*/ and /usr/libexec/webkit*/',
    paths: {linux: miniBrowsers},
    commands: [],
    install: {
      linux:
        'install WebKitGTK (Debian/Ubuntu: sudo apt-get install webkit2gtk-driver libwebkit2gtk-4.1-0 xvfb; Fedora: sudo dnf install webkit2gtk4.1 xorg-x11-server-Xvfb)',
      darwin:
        'WebKitGTK exists for Linux only: run `npm run test:webkit` in a Linux container or VM',
      win32:
        'WebKitGTK exists for Linux only: run `npm run test:webkit` in WSL or a Linux container',
    },
    example: '/path/to/MiniBrowser',
  },
};

/**
 * Where an engine's browser is, or why it is not: `{executable}` or `{problem}`, the problem
 * being one line that says what was looked for and how to fix it.
 */
export function findBrowser(engine) {
  const spec = ENGINES[engine];
  if (!spec) throw new Error(`unknown engine "${engine}": chromium, firefox or webkit`);
  const fromEnv = process.env[spec.variable];
  if (fromEnv) {
    return isExecutable(fromEnv)
      ? {executable: fromEnv}
      : {
          problem: `${spec.variable}=${fromEnv} is not an executable file: correct it, or unset it to let the tests find ${spec.name} themselves.`,
        };
  }
  const executable =
    (spec.paths[platform]?.() ?? []).find((path) => path && isExecutable(path)) ??
    onPath(spec.commands);
  if (executable) return {executable};
  const where = spec.commands.length
    ? `${spec.looked}, and ${spec.commands.join(', ')} on PATH`
    : spec.looked;
  const fix = spec.install[platform] ?? spec.install.linux;
  return {
    problem: `No ${spec.name} found (looked at ${spec.variable}, ${where}): ${fix}, or set ${spec.variable}=${spec.example}.`,
  };
}

/**
 * What the WebKit run needs beside MiniBrowser: WebKitGTK's WebDriver and a display (Xvfb, or the
 * session's own when there is no Xvfb).
 */
export function findWebKitTools() {
  const browser = findBrowser('webkit');
  if (browser.problem) return browser;
  const driver = process.env.WEBKIT_WEBDRIVER_PATH || onPath(['WebKitWebDriver']);
  if (!driver || !isExecutable(driver)) {
    return {
      problem: `No WebKitWebDriver found (looked at WEBKIT_WEBDRIVER_PATH and on PATH): ${ENGINES.webkit.install[platform] ?? ENGINES.webkit.install.linux}.`,
    };
  }
  const xvfb = onPath(['Xvfb']);
  if (!xvfb && !process.env.DISPLAY) {
    return {
      problem: `No Xvfb found on PATH and no DISPLAY set: MiniBrowser needs a display (Debian/Ubuntu: sudo apt-get install xvfb).`,
    };
  }
  return {executable: browser.executable, driver, xvfb};
}

/** The browser's path; when there is none, prints the one line that says why and exits with 1. */
export function requireBrowser(engine) {
  const found = engine === 'webkit' ? findWebKitTools() : findBrowser(engine);
  if (found.problem) {
    console.error(found.problem);
    process.exit(1);
  }
  return found.executable;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  requireBrowser(process.argv[2] ?? 'chromium');
}

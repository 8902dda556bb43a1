// Takes PNG screenshots of a page of the dev server in headless Chromium:
//   node scripts/screenshot.mjs [path] [width] [out.png] [colorScheme]
// e.g. node scripts/screenshot.mjs / 1280 docs/demo.png
import {chromium} from 'playwright';
import {chromiumArgs, requireBrowser} from './browsers.mjs';
import {createServer} from 'vite';

const [path = '/', width = '1280', out = 'screenshot.png', colorScheme = 'light'] =
  process.argv.slice(2);

const server = await createServer({server: {port: 0}, logLevel: 'error'});
await server.listen();
const {port} = server.httpServer.address();
const browser = await chromium.launch({
  executablePath: requireBrowser('chromium'),
  args: chromiumArgs,
});
try {
  const page = await browser.newPage({
    viewport: {width: Number(width), height: 720},
    colorScheme,
  });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(`http://localhost:${port}${path}`);
  await page.waitForFunction(() => {
    const el = document.querySelector('partner-timeline');
    return el?.shadowRoot?.querySelector('[part~="timeline"]');
  });
  await page.waitForTimeout(300);
  await page.screenshot({path: out, fullPage: true});
  console.log(
    `${out}: ${width}px, console problems: ${problems.length ? problems.join(' | ') : 'none'}`,
  );
} finally {
  await browser.close();
  await server.close();
}

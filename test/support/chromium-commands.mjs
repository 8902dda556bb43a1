// Commands for the browser tests that the runner's own lack, as web-test-runner commands:
// - `wheel` and `touch`: real wheel and touch input (the runner's sendMouse has neither). The
//   browser sends them as the user's input would arrive (trusted events through its input
//   pipeline), so the element's gesture code runs as it does for a person.
// - `ax-tree`: Chromium's accessibility tree as a screen reader gets it (the runner's
//   a11ySnapshot relies on Playwright's page.accessibility, which Playwright has removed).
// Needs a launcher that exposes its Chromium page (Playwright).
//
//   await executeServerCommand('wheel', {x, y, deltaY: -100, modifiers: ['Control']});
//   await executeServerCommand('touch', {type: 'start', points: [{x, y}, {x: x2, y}]});
//   const nodes = await executeServerCommand('ax-tree');  // [{role, name, description, ...}]

/** CDP sessions by page, for touch: Chromium takes touch through its DevTools protocol. */
const sessions = new WeakMap();

async function cdpOf(page) {
  if (typeof page.context !== 'function') throw new Error('this command needs a Chromium page');
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** The page's accessibility tree as a flat list, in tree order, without ignored nodes. */
async function axTree(page) {
  const cdp = await cdpOf(page);
  const {nodes} = await cdp.send('Accessibility.getFullAXTree');
  const value = (field) => field?.value ?? '';
  return nodes
    .filter((node) => !node.ignored)
    .map((node) => ({
      role: value(node.role),
      name: value(node.name),
      description: value(node.description),
      properties: Object.fromEntries(
        (node.properties ?? []).map((property) => [property.name, property.value?.value]),
      ),
    }));
}

async function wheel(page, {x, y, deltaX = 0, deltaY = 0, modifiers = []}) {
  await page.mouse.move(x, y);
  for (const key of modifiers) await page.keyboard.down(key);
  try {
    await page.mouse.wheel(deltaX, deltaY);
  } finally {
    for (const key of modifiers) await page.keyboard.up(key);
  }
}

/** Pages whose touch screen is on: touch input makes touch pointer events only there. */
const touchScreens = new WeakSet();

async function touch(page, {type, points}) {
  const cdp = await cdpOf(page);
  if (!touchScreens.has(page)) {
    await cdp.send('Emulation.setTouchEmulationEnabled', {enabled: true, maxTouchPoints: 5});
    touchScreens.add(page);
  }
  await cdp.send('Input.dispatchTouchEvent', {
    type: {start: 'touchStart', move: 'touchMove', end: 'touchEnd'}[type],
    touchPoints: type === 'end' ? [] : points.map(({x, y}, id) => ({x, y, id})),
  });
}

const commands = {wheel, touch, 'ax-tree': axTree};

export function chromiumCommands() {
  return {
    name: 'chromium-commands',
    async executeCommand({command, payload, session}) {
      const run = commands[command];
      if (!run) return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page)
        throw new Error(`${command}: the launcher of ${session.browser.name} gives no page`);
      return (await run(page, payload ?? {})) ?? true;
    },
  };
}

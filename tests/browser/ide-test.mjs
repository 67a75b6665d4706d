// Headless browser test of the Banana Cake Pop IDE served by a running BackOffice API:
// open the IDE, create a document, wait for the schema, type a query, run it and see the server's data.
// Usage: node tests/browser/ide-test.mjs <base url, e.g. http://127.0.0.1:5099> <screenshot png path>
// Prints one line per check and ends with "browser: N passed, N failed"; exit status 0 only when all pass.
import { chromium } from 'playwright-core';

const [base, screenshotPath] = [process.argv[2]?.replace(/\/+$/, ''), process.argv[3]];
if (!base || !screenshotPath) {
  console.error('usage: node ide-test.mjs <base url> <screenshot png path>');
  process.exit(2);
}

const QUERY = '{ orders(first: 3) { nodes { orderId status amount currency } } }';
const ORDER_ID = /^(D|SIM)/;
const OVERALL_MS = 85_000;
const STEP_MS = 20_000;

let passed = 0;
let failed = 0;
let timedOut = false;
let browser;

function ok(name) {
  passed++;
  console.log(`ok   ${name}`);
}
function fail(name, reason) {
  failed++;
  console.log(`FAIL ${name} -- ${String(reason).split('\n')[0]}`);
}
// Runs one check; the steps depend on each other, so the first failure stops the run.
async function check(name, fn) {
  try {
    const detail = await fn();
    if (!timedOut) ok(detail ? `${name} (${detail})` : name);
  } catch (e) {
    if (!timedOut) fail(name, e?.message ?? e);
    throw new StopRun();
  }
}
class StopRun extends Error {}

function finish() {
  console.log(`browser: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

// Monaco renders spaces as non-breaking spaces.
const editorText = async (editor) => (await editor.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');

// The IDE's panes have no stable ids (styled-components class names), so a pane is the innermost
// element holding both its header (an h1) and a Monaco editor; its own editor comes first in it,
// before any nested pane's (the Request pane holds the GraphQL Variables / HTTP Headers pane).
function paneEditor(page, header) {
  return page
    .locator('div')
    .filter({ has: page.getByRole('heading', { name: header, exact: true }) })
    .filter({ has: page.locator('.monaco-editor') })
    .last()
    .locator('.monaco-editor')
    .first();
}

// Closing the browser makes the pending step throw; timedOut keeps that from being reported twice.
const watchdog = setTimeout(async () => {
  fail('whole run within time', `still running after ${OVERALL_MS / 1000} s`);
  timedOut = true;
  await Promise.race([browser?.close(), new Promise((r) => setTimeout(r, 3000))]).catch(() => {});
  finish();
}, OVERALL_MS);

async function run() {
  await check('chromium launches', async () => {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      timeout: STEP_MS,
    });
    return browser.version();
  });

  // The IDE's service worker reloads the page once it first takes control, which can swallow
  // an early click; blocking it keeps the run deterministic (a fresh context has nothing cached anyway).
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  context.setDefaultTimeout(STEP_MS);
  const page = await context.newPage();
  const serverErrors = [];
  page.on('response', (r) => {
    if (r.url().startsWith(base) && r.status() >= 400) serverErrors.push(`${r.request().method()} ${r.url()} -> ${r.status()}`);
  });

  try {
    await check(`GET ${base}/graphql opens the IDE page`, async () => {
      const response = await page.goto(`${base}/graphql`, { timeout: STEP_MS });
      if (!response || response.status() !== 200) throw new Error(`HTTP ${response?.status()}`);
      if (!page.url().endsWith('/graphql/')) throw new Error(`landed on ${page.url()}`);
      return `landed on ${new URL(page.url()).pathname}`;
    });

    await check('the IDE shows "Create Document"', async () => {
      await page.getByRole('button', { name: /^Create Document/ }).waitFor();
    });

    await check('Create Document loads the schema ("Schema available")', async () => {
      await page.getByRole('button', { name: /^Create Document/ }).click();
      await page.getByText('Schema available', { exact: true }).waitFor();
    });

    const request = paneEditor(page, 'Request');
    const response = paneEditor(page, 'Response');

    await check('the query is typed into the Request editor', async () => {
      await request.click();
      await page.keyboard.press('Control+A');
      // insertText, unlike key presses, does not trigger Monaco's auto-closing of brackets.
      await page.keyboard.insertText(QUERY);
      const text = (await editorText(request)).trim();
      if (text !== QUERY) throw new Error(`editor holds ${JSON.stringify(text)}`);
      await page.keyboard.press('Home'); // scrolls the long line back into view for the screenshot
    });

    // The IDE copies the editor's text into its document a few hundred ms after an edit; a Run
    // before that sends {"query":""}. The Builder listing the operation shows the copy is done.
    await check('the IDE picked up the query (Builder lists "Query")', async () => {
      await page.getByRole('treeitem', { name: 'Query' }).waitFor();
    });

    let served;
    await check('Run sends the query and the server answers with data', async () => {
      const answer = page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url() === `${base}/graphql` && !(r.request().postData() ?? '').includes('IntrospectionQuery'),
      );
      await page.getByRole('button', { name: /^Run Operation/ }).click();
      const r = await answer;
      const sent = r.request().postData();
      if (JSON.parse(sent ?? '{}').query !== QUERY) throw new Error(`the IDE sent ${sent} (HTTP ${r.status()})`);
      const apiKey = r.request().headers()['x-api-key'];
      if (r.status() !== 200) throw new Error(`HTTP ${r.status()}: ${(await r.text()).slice(0, 200)}`);
      const body = await r.json();
      if (body.errors) throw new Error(`errors: ${JSON.stringify(body.errors).slice(0, 200)}`);
      served = (body.data?.orders?.nodes ?? []).map((n) => n.orderId);
      if (served.length === 0 || !served.every((id) => ORDER_ID.test(id))) throw new Error(`order ids ${JSON.stringify(served)}`);
      return `HTTP 200, ${served.length} orders, X-Api-Key ${apiKey ? 'sent' : 'not sent'}`;
    });

    await check('the Response pane shows the server\'s orders', async () => {
      await response.locator('.view-lines').filter({ hasText: /"(data|errors)"/ }).waitFor();
      const text = await editorText(response);
      if (/"errors"/.test(text)) throw new Error(`pane shows errors: ${text.slice(0, 200)}`);
      const shown = [...text.matchAll(/"orderId":\s*"([^"]*)"/g)].map((m) => m[1]);
      if (shown.length === 0) throw new Error(`no "orderId" in pane: ${text.slice(0, 200)}`);
      if (shown.join() !== served.join()) throw new Error(`pane shows ${shown.join()}, server sent ${served.join()}`);
      return shown.join(', ');
    });

    await check('no request to the server failed (4xx/5xx)', async () => {
      if (serverErrors.length) throw new Error(serverErrors.join('; '));
    });
  } catch (e) {
    if (!(e instanceof StopRun) && !timedOut) fail('unexpected error', e?.stack ?? e);
  } finally {
    await check(`screenshot saved to ${screenshotPath}`, async () => {
      await page.mouse.move(0, 0); // hides the Run button's tooltip
      await page.screenshot({ path: screenshotPath, timeout: 10_000 });
    }).catch(() => {});
  }
}

try {
  await run();
} catch (e) {
  if (!(e instanceof StopRun) && !timedOut) fail('unexpected error', e?.stack ?? e);
} finally {
  clearTimeout(watchdog);
  await Promise.race([browser?.close(), new Promise((r) => setTimeout(r, 5000))]).catch(() => {});
}
finish();

// The connection flow in Debian's Chromium against the fake backend (browser/fake.ts): the real
// UI, built by Vite, driven like an agent would: mostly by keyboard.
//
//   npm run test:browser      (needs /usr/bin/chromium; `make deps` installs it)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
let server;
let browser;

before(async () => {
  server = await createServer({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, server: { port: 0, strictPort: false }, logLevel: 'error' });
  await server.listen();
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Walks the connection flow to the review of an Egen TAXI booking; the page. */
async function toReview(query = '') {
  const page = await browser.newPage({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  // The trips are on 1 December 2026: the page's clock stands before them (timers still run).
  await page.clock.setFixedTime(new Date('2026-11-20T10:00:00+01:00'));
  const url = server.resolvedUrls.local[0];
  await page.goto(`${url}browser/fake.html${query}`);
  await page.getByRole('heading', { name: 'Boka en transfer' }).waitFor();

  // The connection, its direction and time; its services with their descriptions; the address.
  await page.getByRole('combobox', { name: 'Flygplats eller station' }).fill('Stockholm Arlanda');
  await page.getByRole('option', { name: /Arlanda Flygplats \(ARN\)/ }).waitFor();
  await page.keyboard.press('Enter');
  await page.getByLabel('Till flygplatsen eller stationen').check();
  await page.getByLabel('Flyget eller tåget avgår').fill('2026-12-01T09:00');
  await page.keyboard.press('Enter');
  await page.getByText('Flygbussarna till och från stadens hållplatser.', { exact: false }).waitFor();
  await page.getByRole('radio', { name: /^Taxi/ }).check();
  await page.getByRole('combobox', { name: 'Adress, hotell eller kontor' }).fill('Drottningholmsvägen 37');
  await page.getByRole('option', { name: /Drottningholmsvägen 37/ }).waitFor();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Visa erbjudanden' }).click();

  const table = page.getByRole('table');
  await table.waitFor();
  const rows = await table.getByRole('row').allInnerTexts();
  assert.match(rows[1], /Egen TAXI/);
  assert.match(rows[1], /679,00\s*kr/);
  assert.match(rows[2], /FASTTRAK/);
  await page.getByRole('button', { name: 'Fortsätt med Egen TAXI' }).click();

  await page.getByLabel('Förnamn').fill('Karin');
  await page.getByLabel('Efternamn').fill('Öberg');
  await page.getByLabel('Mobiltelefon').fill('+46 70-123 45 67');
  await page.getByLabel('Flyg- eller tågnummer').fill('SK1415');
  await page.getByLabel('Flyger till (kod)').fill('GOT');
  await page.getByLabel('Landar där').fill('2026-12-01T10:05');
  await page.getByLabel('Flyger till (kod)').press('Enter');
  await page.getByRole('heading', { name: 'Kontrollera och boka' }).waitFor();
  return page;
}

test('an Arlanda departure with Egen TAXI, from the trip to the confirmation', async () => {
  const page = await toReview();
  await page.getByRole('button', { name: 'Boka nu' }).click();
  await page.getByRole('heading', { name: 'Bokad: 2026000000042' }).waitFor();

  const calls = await page.evaluate(() => window.__calls);
  const request = calls.find((c) => c.cmd === 'book').args.request;
  assert.equal(calls.filter((c) => c.cmd === 'book').length, 1, 'booked once');
  assert.deepEqual(request.trip.when, { kind: 'connection', at: '2026-12-01T09:00:00+01:00', arrival: false });
  assert.equal(request.connection.number, 'SK1415');
  assert.equal(request.connection.otherCode, 'GOT');
  assert.equal(request.connection.otherTime, '2026-12-01T10:05:00+01:00', 'the landing time, as FTBook requires');
  assert.equal(request.trip.service, 'Taxi', 'availability is asked for the chosen service');
  assert.equal(request.passenger.lastName, 'Öberg');
  await page.close();
});

test('a lost reply: its own attempt is followed, Book stays disabled, across leaving Book, into its confirmation', async () => {
  const page = await toReview('?unknown');
  await page.getByRole('button', { name: 'Boka nu' }).click();
  await page.getByText('Vi kontrollerar med', { exact: false }).first().waitFor();
  assert.equal(await page.getByRole('button', { name: 'Boka nu' }).isDisabled(), true, 'Book stays disabled');
  await page.keyboard.press('Control+2');
  await page.getByRole('heading', { name: 'Bokningshistorik' }).waitFor();
  await page.keyboard.press('Control+1');
  await page.getByRole('heading', { name: 'Bokad: 2026000000042' }).waitFor({ timeout: 15000 });
  const calls = await page.evaluate(() => window.__calls);
  assert.equal(calls.filter((c) => c.cmd === 'book').length, 1, 'booked once');
  const lookUps = calls.filter((c) => c.cmd === 'reconcile');
  assert.ok(lookUps.length >= 2 && lookUps.every((c) => c.args.attempt === 9), 'it looks up its own attempt');
  await page.close();
});

/**
 * Lecture mode in Chromium at a projector's 1280×720: large type where the room reads, every text
 * at ≥ 7:1 against what is behind it, the default panels on one screen, and axe-clean.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { lowContrast } from './contrast';
import { openLabForEachTest, status } from './lab-page';

const SHOTS = '.ci/out/screenshots';

test.use({ viewport: { width: 1280, height: 720 } });
openLabForEachTest();

/** The on-screen font size of an element's text, in CSS px (an SVG's text scaled by its viewBox). */
const shownFontPx = (l: Locator) =>
  l.evaluate((el) => {
    const px = parseFloat(getComputedStyle(el).fontSize);
    const svg = el instanceof SVGElement ? el.ownerSVGElement : null;
    const box = svg?.viewBox.baseVal;
    return svg && box && box.width ? (px * svg.getBoundingClientRect().width) / box.width : px;
  });

async function lecture(page: Page) {
  const button = page.getByRole('button', { name: 'Lecture mode' });
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

test('projects the jam risk, the time step and the gate labels in large type', async ({ page }) => {
  await lecture(page);
  await expect(status(page)).toBeVisible();
  expect(await shownFontPx(status(page))).toBeGreaterThanOrEqual(24);
  expect(await shownFontPx(page.locator('.risk-value'))).toBeGreaterThanOrEqual(24);
  expect(await shownFontPx(page.locator('.time-slider label'))).toBeGreaterThanOrEqual(24);
  expect(await shownFontPx(page.locator('.time-slider output'))).toBeGreaterThanOrEqual(24);
  // the diagram's gate symbols (f_t, i_t, o_t) as drawn on screen
  const symbols = page.locator('.diagram .symbol');
  await expect(symbols.first()).toBeVisible();
  for (const s of await symbols.all()) expect(await shownFontPx(s)).toBeGreaterThanOrEqual(24);
  // the gate controls are not in the default selection: show them, then read their legends
  await page.getByText('Panels and controls', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Show gate controls' }).check();
  const forget = page.getByRole('radiogroup', { name: 'Forget gate' });
  await expect(forget).toBeVisible();
  for (const g of ['Forget gate', 'Input gate', 'Output gate'])
    expect(
      await shownFontPx(page.getByRole('radiogroup', { name: g }).locator('legend')),
    ).toBeGreaterThanOrEqual(24);
});

/**
 * The cell diagram's visible names: each one under 24 px on screen, each box outside the figure,
 * and each pair of boxes that overlap — name and name, or name and a symbol, a unit's value or
 * an operation circle.
 */
function diagramNames(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('.diagram-svg')!;
    const figure = svg.getBoundingClientRect();
    const scale = figure.width / svg.viewBox.baseVal.width;
    const names = Array.from(document.querySelectorAll('.diagram .node-name')).filter((n) =>
      n.checkVisibility(),
    );
    const others = Array.from(
      document.querySelectorAll('.diagram .symbol, .diagram .unit-value, .diagram .op'),
    );
    // a two-line name is a <text> with a <tspan>: say it with a space
    const say = (e: Element) => Array.from(e.childNodes, (c) => c.textContent).join(' ');
    const meet = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const small: string[] = [];
    const outside: string[] = [];
    const overlaps: string[] = [];
    names.forEach((n, k) => {
      const box = n.getBoundingClientRect();
      const px = parseFloat(getComputedStyle(n).fontSize) * scale;
      if (px < 24) small.push(`${say(n)}: ${px.toFixed(1)} px`);
      const inside = box.left >= figure.left && box.right <= figure.right;
      if (!inside || box.top < figure.top || box.bottom > figure.bottom) outside.push(say(n));
      for (const o of [...names.slice(k + 1), ...others])
        if (meet(box, o.getBoundingClientRect())) overlaps.push(`${say(n)} × ${say(o)}`);
    });
    const stacks = document.querySelectorAll('.diagram .stack').length;
    return { count: names.length, stacks, small, outside, overlaps };
  });
}

test('sets the diagram’s names at 24 px or more, clear of each other and the symbols', async ({
  page,
}) => {
  // the measure can fail: outside lecture mode the names are small
  expect((await diagramNames(page)).small).not.toEqual([]);
  await lecture(page);
  for (const model of ['LSTM', 'GRU', 'Vanilla RNN', 'MGU']) {
    await page.getByRole('radio', { name: model }).check();
    await expect(page.getByRole('heading', { name: `${model} cell at step 0` })).toBeVisible();
    const names = await diagramNames(page);
    // every stack is named, and every name is measured
    expect({ model, count: names.count }).toEqual({ model, count: names.stacks });
    expect(names.count).toBeGreaterThanOrEqual(4);
    expect({ model, ...names }).toEqual({
      model,
      count: names.count,
      stacks: names.stacks,
      small: [],
      outside: [],
      overlaps: [],
    });
  }
});

const pageSize = (page: Page) =>
  page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.scrollHeight,
  ]);

test('fits 1280×720 without scrolling, with every text at 7:1 or more', async ({ page }) => {
  // the walk can fail: the lab's usual colours include AA-only ones (the red jam risk, 6.1:1)
  expect(await lowContrast(page)).not.toEqual([]);
  await lecture(page);
  await expect(page.getByRole('heading', { name: /cell at step/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Equations' })).toHaveCount(0);
  await expect(page.locator('.stage-bar [aria-current="step"]')).toHaveCount(0);
  // the lesson can start from the projected view
  await expect(page.getByRole('button', { name: 'Start lesson' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/lecture-1280x720.png` });
  expect(await pageSize(page)).toEqual([1280, expect.any(Number)]);
  expect((await pageSize(page))[1]).toBeLessThanOrEqual(720);
  expect(await lowContrast(page)).toEqual([]);
});

test('fits 1280×720 for every model and scenario', async ({ page }) => {
  await lecture(page);
  const scenarios = page.getByRole('combobox', { name: 'Scenario' });
  const ids = await scenarios
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(ids.length).toBeGreaterThan(1);
  for (const model of ['Vanilla RNN', 'LSTM', 'GRU', 'MGU']) {
    await page.getByRole('radio', { name: model }).check();
    for (const id of ids) {
      await scenarios.selectOption(id);
      await expect(page.getByRole('heading', { name: /cell at step/ })).toBeVisible();
      const [w, h] = await pageSize(page);
      expect({ model, id, w, h }).toEqual({ model, id, w: 1280, h: expect.any(Number) });
      expect({ model, id, h }).toEqual({ model, id, h: Math.min(h, 720) });
    }
  }
});

test('the instructor picks the controls too, and the link carries the pick', async ({
  page,
  browser,
}) => {
  await lecture(page);
  await page.getByText('Panels and controls', { exact: true }).click();
  const controls = page.getByRole('group', { name: 'Controls to show' });
  await controls.getByRole('checkbox', { name: 'Show scenario choice' }).uncheck();
  await controls.getByRole('checkbox', { name: 'Show playback buttons' }).uncheck();
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Play' })).toHaveCount(0);
  // the keys still work: → steps on
  await page.evaluate(() => (document.activeElement as HTMLElement).blur());
  await page.keyboard.press('ArrowRight');
  const slider = page.getByRole('slider', { name: 'Time step' });
  await expect(slider).toHaveAttribute('aria-valuenow', '1');
  await expect(page).toHaveURL(/&h=scenario\.transport\.shortcuts/);
  // a fresh browser opens the same projected view from the link
  const other = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const fresh = await other.newPage();
  await fresh.goto(page.url());
  await expect(fresh.getByRole('button', { name: 'Lecture mode' })).toHaveAttribute('aria-pressed', 'true'); // prettier-ignore
  await expect(fresh.getByRole('slider', { name: 'Time step' })).toHaveAttribute('aria-valuenow', '1'); // prettier-ignore
  await expect(fresh.getByRole('radiogroup', { name: 'Model' })).toBeVisible();
  await expect(fresh.getByRole('combobox', { name: 'Scenario' })).toHaveCount(0);
  await expect(fresh.getByRole('button', { name: 'Play' })).toHaveCount(0);
  await expect(fresh.getByRole('button', { name: 'Start lesson' })).toBeVisible();
  await other.close();
});

test('stays keyboard-usable and axe-clean in lecture mode', async ({ page }) => {
  await lecture(page);
  // the toggle keeps focus: Tab on to "Panels and controls", open it and show the equations from the keyboard
  await page.keyboard.press('Tab');
  await expect(page.getByText('Panels and controls', { exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('checkbox', { name: 'Show equations' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { name: 'Equations' })).toBeVisible();
  await page.getByRole('slider', { name: 'Time step' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('slider', { name: 'Time step' })).toHaveAttribute(
    'aria-valuenow',
    '1',
  );
  await expect(page.locator('.stage-bar [aria-current="step"]')).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`)).toEqual([]);
});

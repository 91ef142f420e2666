// Renders demo.tsx in Chromium at 320 and 400 px and writes PNGs to /tmp/rk-ui (not committed).
// node tests/core/ui/screenshot.mjs [--real]   (--real: the core on the example organisation)
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = '/tmp/rk-ui';
mkdirSync(out, { recursive: true });
const real = process.argv.includes('--real');
await esbuild.build({
  entryPoints: [path.join(here, real ? 'demo-real.tsx' : 'demo.tsx')],
  bundle: true,
  outfile: path.join(out, 'demo.js'),
  format: 'iife',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  logLevel: 'warning',
});
writeFileSync(path.join(out, 'index.html'), '<!doctype html><meta charset="utf-8"><body style="margin:0"><div id="app"></div><script src="demo.js"></script>');

const browser = await chromium.launch({
  executablePath: '/usr/lib/chromium/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const width of [320, 400]) {
    for (const lang of ['sv', 'en']) {
      for (const open of ['', '#open']) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        await page.goto(`file://${out}/index.html?lang=${lang}${open}`);
        await page.waitForTimeout(200);
        const file = path.join(out, `${real ? 'real' : 'ui'}-${width}-${lang}${open ? '-open' : ''}.png`);
        await page.screenshot({ path: file, fullPage: true });
        // Slices of 700 px, small enough to look at one by one.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, i = 0; y < height; y += 700, i++) {
          const clip = { x: 0, y, width, height: Math.min(700, height - y) };
          await page.screenshot({ path: file.replace('.png', `-${i}.png`), fullPage: true, clip });
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        console.log(file, overflow ? 'HORIZONTAL OVERFLOW' : 'fits');
        await page.close();
      }
    }
  }
  // Keyboard focus: tab to the first fix button and the search box and look at the rings.
  const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
  await page.goto(`file://${out}/index.html?lang=sv`);
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await page.screenshot({ path: path.join(out, 'focus-fix.png') });
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  await page.screenshot({ path: path.join(out, 'focus-later.png') });
  console.log('focused:', await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80)));
  await page.close();
  // In a closed shadow root under a hostile page: should look the same as ui-320-sv.
  const shadowPage = await browser.newPage({ viewport: { width: 320, height: 700 } });
  await shadowPage.goto(`file://${out}/index.html?lang=sv&shadow=1`);
  await shadowPage.waitForTimeout(200);
  await shadowPage.screenshot({ path: path.join(out, 'shadow-320-sv.png') });
  await shadowPage.close();
} finally {
  await browser.close();
}

import { chromium } from '@playwright/test';
import { chromiumLaunch } from '/work/wt-phone/scripts/chromium.mjs';
import { createStaticServer, listenOnFreePort } from '/work/wt-phone/scripts/serve.mjs';
const dir = process.argv[2] ?? 'build';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function metrics(cdp) { const { metrics } = await cdp.send('Performance.getMetrics'); const m = {}; for (const { name, value } of metrics) m[name] = value; return m; }
const server = createStaticServer(() => dir);
const base = `${await listenOnFreePort(server)}/`;
const browser = await chromium.launch(chromiumLaunch);
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto(base); await page.getByTestId('stock-cash').waitFor(); await page.waitForTimeout(1500);
const cdp = await page.context().newCDPSession(page); await cdp.send('Performance.enable');
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const per = [];
for (let i = 0; i < 5; i++) { const x = await metrics(cdp); await page.waitForTimeout(2000); const y = await metrics(cdp); per.push(((y.ScriptDuration - x.ScriptDuration) * 1000) / ((y.Timestamp - x.Timestamp) * 10)); }
console.log('frame-script', median(per).toFixed(2), per.map((x) => x.toFixed(1)).join(' '));
await browser.close(); server.close();

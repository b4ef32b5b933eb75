// Loads a page in headless Chromium at a phone and a desktop size, measures it, saves a
// screenshot of each and runs axe-core on it. Prints exactly one JSON line (the report) on
// stdout; anything else goes to stderr. Exits non-zero only when the check itself could not
// run (the browser would not start, the page would not load).
//
//   node check_page.mjs URL OUT_DIR TOOLS_DIR CHROMIUM [RULES_OFF]
//
// TOOLS_DIR holds node_modules with playwright-core and axe-core; CHROMIUM is the browser
// binary (playwright-core never downloads one); RULES_OFF is a comma-separated list of axe
// rules not to run (the caller says why).

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";

const [url, outDir, toolsDir, chromiumPath, rulesOffArg = ""] = process.argv.slice(2);
const rulesOff = rulesOffArg.split(",").filter((r) => r.length > 0);
if (!url || !outDir || !toolsDir || !chromiumPath) {
  console.error("usage: node check_page.mjs URL OUT_DIR TOOLS_DIR CHROMIUM");
  process.exit(2);
}

const require = createRequire(path.join(toolsDir, "package.json"));
const { chromium } = require("playwright-core");
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const axeVersion = JSON.parse(readFileSync(require.resolve("axe-core/package.json"), "utf8")).version;

// WCAG 2.0/2.1 A and AA, plus axe's best practices (heading order, one h1, landmarks).
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

const VIEWPORTS = [
  { name: "phone", width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  { name: "desktop", width: 1280, height: 900, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
];

async function inspect(browser, viewport) {
  const { name, ...options } = viewport;
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    isMobile: options.isMobile,
    hasTouch: options.hasTouch,
    deviceScaleFactor: options.deviceScaleFactor,
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  const outside = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(new URL(url).origin)) outside.push(r.url());
  });
  const response = await page.goto(url, { waitUntil: "load", timeout: 30_000 });
  const status = response ? response.status() : 0;

  const measured = await page.evaluate(() => {
    const chart = document.querySelector("svg#writes-chart");
    const box = chart ? chart.getBoundingClientRect() : null;
    const scroller = document.scrollingElement || document.documentElement;
    return {
      title: document.title,
      runsRows: document.querySelectorAll("table#runs tbody tr").length,
      chart: box ? { width: box.width, height: box.height } : null,
      chartMarks: chart ? chart.querySelectorAll("rect.bar, circle.point").length : 0,
      chartLabel: chart ? chart.getAttribute("aria-label") : null,
      scrollWidth: scroller.scrollWidth,
      innerWidth: window.innerWidth,
    };
  });

  const screenshot = path.join(outDir, `status-page-${name}.png`);
  await page.screenshot({ path: screenshot, fullPage: true });

  await page.addScriptTag({ content: axeSource });
  const axe = await page.evaluate(
    ([tags, off]) =>
      window.axe.run(document, {
        runOnly: { type: "tag", values: tags },
        rules: Object.fromEntries(off.map((rule) => [rule, { enabled: false }])),
        resultTypes: ["violations"],
      }),
    [AXE_TAGS, rulesOff],
  );
  const violations = axe.violations.map((v) => ({
    id: v.id,
    impact: v.impact || "",
    help: v.help,
    viewport: name,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
  }));

  await context.close();
  return { name, status, measured, screenshot, violations, errors, outside };
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  // Running as root (as CI does) needs the sandbox off; the page is our own.
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
try {
  const results = [];
  for (const viewport of VIEWPORTS) results.push(await inspect(browser, viewport));
  const phone = results.find((r) => r.name === "phone");
  const desktop = results.find((r) => r.name === "desktop");
  const report = {
    browser: browser.version(),
    axe_version: axeVersion,
    axe_rules_off: rulesOff,
    http_status: desktop.status,
    title: desktop.measured.title,
    runs_rows: desktop.measured.runsRows,
    phone_runs_rows: phone.measured.runsRows,
    chart_marks: desktop.measured.chartMarks,
    chart_label: desktop.measured.chartLabel,
    chart_size: { desktop: desktop.measured.chart, phone: phone.measured.chart },
    phone_overflow: phone.measured.scrollWidth > phone.measured.innerWidth + 1,
    phone_scroll_width: phone.measured.scrollWidth,
    phone_inner_width: phone.measured.innerWidth,
    screenshots: results.map((r) => r.screenshot),
    violations: results.flatMap((r) => r.violations),
    page_errors: results.flatMap((r) => r.errors),
    outside_requests: results.flatMap((r) => r.outside),
  };
  process.stdout.write(JSON.stringify(report) + "\n");
} finally {
  await browser.close();
}

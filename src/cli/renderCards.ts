/**
 * `npm run cards`: every Adaptive Card the bot can send (the catalogue in src/cli/cardCatalogue),
 * rendered to a PNG in Chromium under test-output/cards/ for a person to look at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardCatalogue } from './cardCatalogue/catalogue';
import { REPO_ROOT as ROOT } from './cardCatalogue/catalogueCard';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

// The catalogue's tests import it from here, where it used to live.
export { cardCatalogue, cardTemplates } from './cardCatalogue/catalogue';
export type { CatalogueCard } from './cardCatalogue/catalogueCard';

/**
 * Runs in the page: Teams renders TextBlock text as a Markdown subset (bold, italic, links, bulleted
 * and numbered lists, paragraphs separated by a blank line; a single newline is a soft break and is
 * collapsed). The adaptivecards library leaves Markdown to the host, so this stands in for Teams and
 * the screenshots show what a Teams user sees.
 */
const MARKDOWN_SCRIPT = `
window.teamsMarkdown = function (text) {
  function escapeHtml(s) { return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); }
  function inline(s) {
    var kept = [];
    s = s.replace(/\\\\([!-\\/:-@[-\x60{-~])/g, function (_m, c) {
      kept.push(c);
      return '\\u0001' + (kept.length - 1) + '\\u0002';
    });
    return escapeHtml(s)
      .replace(/\\*\\*([^*]+)\\*\\*/g, '<strong>$1</strong>')
      .replace(/(^|[^\\w])_([^_]+)_(?=$|[^\\w])/g, '$1<em>$2</em>')
      .replace(/\\[([^\\]]+)\\]\\(([^)\\s]+)\\)/g, '<a href="$2">$1</a>')
      .replace(/\\u0001(\\d+)\\u0002/g, function (_m, i) { return escapeHtml(kept[Number(i)]); });
  }
  var html = [], paragraph = [], list = null;
  function flush() {
    if (paragraph.length) html.push('<p>' + inline(paragraph.join(' ')) + '</p>');
    paragraph = [];
    if (list) html.push('<' + list.tag + '>' + list.items.map(function (i) { return '<li>' + inline(i) + '</li>'; }).join('') + '</' + list.tag + '>');
    list = null;
  }
  text.split('\\n').forEach(function (line) {
    var bullet = /^\\s*[-*+] (.*)$/.exec(line), numbered = /^\\s*\\d+\\. (.*)$/.exec(line);
    if (!line.trim()) { flush(); return; }
    var item = bullet || numbered, tag = bullet ? 'ul' : 'ol';
    if (item) {
      if (paragraph.length || (list && list.tag !== tag)) flush();
      if (!list) list = { tag: tag, items: [] };
      list.items.push(item[1]);
    } else if (list) {
      list.items[list.items.length - 1] += ' ' + line.trim();
    } else {
      paragraph.push(line.trim());
    }
  });
  flush();
  return html.join('');
};`;

/** Runs in the page: parses one card with the UMD bundle and renders it into #card. */
const RENDER_SCRIPT = `
AdaptiveCards.AdaptiveCard.onProcessMarkdown = function (text, result) {
  result.outputHtml = window.teamsMarkdown(text);
  result.didProcess = true;
};
window.renderCard = function (json, width) {
  var card = new AdaptiveCards.AdaptiveCard();
  card.hostConfig = new AdaptiveCards.HostConfig({ fontFamily: 'Segoe UI, system-ui, sans-serif' });
  card.parse(json);
  var element = card.render();
  var host = document.getElementById('card');
  host.style.width = width + 'px';
  host.innerHTML = '';
  if (!element) return null;
  host.appendChild(element);
  var box = host.getBoundingClientRect();
  var right = box.right;
  host.querySelectorAll('*').forEach(function (child) {
    var r = child.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) right = Math.max(right, r.right);
  });
  return {
    height: Math.round(box.height),
    overflowsWidth: right > box.right + 0.5 || host.scrollWidth > host.clientWidth,
  };
};`;

/** Teams' card width on a laptop, then on a phone. 500 px keeps today's file names. */
export const CARD_WIDTHS = [
  { width: 500, suffix: '' },
  { width: 360, suffix: '-360' },
] as const;

export interface RenderedCard {
  readonly name: string;
  readonly file: string;
  readonly width: number;
  readonly height: number;
  /** Some part of the card reaches past its right edge (cut off or scrolled in Teams). */
  readonly overflowsWidth: boolean;
}

/** Renders each card to a PNG per width with the adaptivecards UMD bundle in headless Chromium. */
async function renderAll(outDir: string): Promise<Map<string, RenderedCard[]>> {
  const { chromium } = await import('playwright-core');
  const bundle = readFileSync(
    join(ROOT, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js'),
    'utf8',
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const indexes = new Map<string, RenderedCard[]>();
  try {
    const catalogue = cardCatalogue();
    for (const { width, suffix } of CARD_WIDTHS) {
      const page = await browser.newPage({
        viewport: { width: width + 60, height: 400 },
        deviceScaleFactor: 1,
      });
      // Nothing leaves the machine: images and links in cards are not fetched.
      await page.route('**/*', (route) =>
        route.request().url().startsWith('data:') || route.request().url() === 'about:blank'
          ? route.continue()
          : route.abort(),
      );
      await page.setContent(
        `<!doctype html><html><head><meta charset="utf-8"><style>
          body{margin:0;padding:16px;background:#f5f5f5;font-family:"Segoe UI",system-ui,sans-serif}
          #card{background:#fff;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.2)}
          #card p{margin:0 0 6px}#card p:last-child{margin-bottom:0}
          #card ul,#card ol{margin:0;padding-left:22px;box-sizing:border-box}
        </style></head><body><div id="card"></div></body></html>`,
      );
      await page.addScriptTag({ content: bundle });
      await page.addScriptTag({ content: MARKDOWN_SCRIPT });
      await page.addScriptTag({ content: RENDER_SCRIPT });
      const index: RenderedCard[] = [];
      for (const entry of catalogue) {
        const measured = (await page.evaluate(`renderCard(${JSON.stringify(entry.card)}, ${width})`)) as {
          height: number;
          overflowsWidth: boolean;
        } | null;
        if (!measured) throw new Error(`${entry.name}: the adaptivecards renderer returned nothing`);
        const file = `${entry.name}${suffix}.png`;
        await page.locator('#card').screenshot({ path: join(outDir, file) });
        index.push({ name: entry.name, file, width, ...measured });
      }
      indexes.set(`index${suffix}.json`, index);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return indexes;
}

if (require.main === module) {
  const outDir = join(ROOT, 'test-output', 'cards');
  mkdirSync(outDir, { recursive: true });
  renderAll(outDir).then(
    (indexes) => {
      let count = 0;
      for (const [file, index] of indexes) {
        writeFileSync(join(outDir, file), `${JSON.stringify(index, null, 2)}\n`);
        count += index.length;
      }
      const overflowing = [...indexes.values()].flat().filter((card) => card.overflowsWidth);
      process.stdout.write(`${count} card images rendered to ${outDir}\n`);
      for (const card of overflowing) {
        process.stdout.write(`wider than ${card.width} px: ${card.file}\n`);
      }
    },
    (error: unknown) => {
      process.stderr.write(`Rendering cards failed: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}

// Bundles the Overblik tab (web/) into static files the bot's server serves at /tab/overblik:
// dist/tab/index.html and dist/tab/assets/app-<hash>.js. Usage: node scripts/buildTab.mjs [outDir]
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export async function buildTab(outDir = 'dist/tab') {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'assets'), { recursive: true });
  const result = await build({
    entryPoints: ['web/src/main.tsx'],
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['chrome110', 'edge110', 'safari16', 'firefox110'],
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    // teams-js is a separate chunk, loaded only when the page runs inside Teams.
    splitting: true,
    entryNames: 'app-[hash]',
    chunkNames: 'chunk-[hash]',
    outdir: join(outDir, 'assets'),
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const script = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint)[0];
  const html = `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Overblik</title>
    <script type="module" src="/tab/overblik/assets/${basename(script)}"></script>
  </head>
  <body style="margin:0">
    <div id="root"></div>
  </body>
</html>
`;
  writeFileSync(join(outDir, 'index.html'), html);
  return { script: join(outDir, 'assets', basename(script)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildTab(process.argv[2]);
}

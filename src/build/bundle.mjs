// Bundles the programs with esbuild: the CLI (ESM, split so commands load on demand), the
// language server and the VS Code extension client (CommonJS, as VS Code loads it), and the
// docs generator behind `npm run docs`.
import { chmod, readFile, rm } from 'node:fs/promises';
import * as esbuild from 'esbuild';

const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');

const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    define: { PROVISIO_VERSION: JSON.stringify(version) },
    // jsonc-parser's default (UMD) build loads its parts with a require() that bundling breaks.
    alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' }
};

/** CommonJS bundles get `import.meta.url` from their own file, so code that finds files beside itself (rule-docs.ts) works in every bundle. */
const commonJs = {
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    define: { ...common.define, 'import.meta.url': '__provisioModuleUrl' },
    banner: { js: "const __provisioModuleUrl = require('node:url').pathToFileURL(__filename).href;" }
};

/**
 * The server loads the DOCX renderer (and the `docx` library) from a bundle of its own, only
 * when a DOCX export is asked for, so the server bundle stays small.
 */
const docxOnDemand = {
    name: 'docx-on-demand',
    setup(build) {
        build.onResolve({ filter: /^\.\/docx\.js$/ }, args =>
            args.importer.endsWith('registry.ts') ? { path: './summary-docx.cjs', external: true } : undefined);
    }
};

const builds = [
    {
        ...common,
        entryPoints: { provisio: 'src/cli/main.ts' },
        outdir: 'out/cli',
        format: 'esm',
        splitting: true,
        chunkNames: 'chunks/[name]-[hash]',
        // Bundled CommonJS dependencies call require(); ESM output has to provide it.
        banner: { js: "#!/usr/bin/env node\nimport { createRequire as __provisioCreateRequire } from 'node:module';\nconst require = __provisioCreateRequire(import.meta.url);" }
    },
    // The docs generator checks the examples, so it bundles the CommonJS dependencies too.
    { ...common, entryPoints: { docs: 'src/docs/write-docs.ts' }, outdir: 'out', format: 'esm', sourcemap: false,
        banner: { js: "import { createRequire as __provisioCreateRequire } from 'node:module';\nconst require = __provisioCreateRequire(import.meta.url);" } },
    // The editor bundles ship in the .vsix, so they are minified; their source maps stay out of it.
    { ...common, ...commonJs, entryPoints: { server: 'src/lsp/main.ts' }, outdir: 'out', minify: true, plugins: [docxOnDemand] },
    { ...common, ...commonJs, entryPoints: { 'summary-docx': 'src/summary/renderers/docx.ts' }, outdir: 'out', minify: true },
    { ...common, ...commonJs, entryPoints: { extension: 'src/extension/main.ts' }, outdir: 'out', external: ['vscode'], minify: true }
];

await rm('out', { recursive: true, force: true });
if (watch) {
    for (const options of builds) {
        await (await esbuild.context(options)).watch();
    }
} else {
    await Promise.all(builds.map(options => esbuild.build(options)));
    await chmod('out/cli/provisio.js', 0o755);
}

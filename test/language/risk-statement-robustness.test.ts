// The `risk … not-applicable "…"` and `risk … inherited-mitigation-unfit "…"` clauses, typed token by token in the
// example workspace as the server sees them: every prefix (`risk`, `risk human-rights`, `risk human-rights,`,
// `… regarding`, `… not-applicable` with no reason yet, an unclosed reason) breaks no check, and every diagnostic
// stays inside its file. Once complete, the workspace is clean again.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../cli/run-cli.js';
import { expectSound } from '../support/soundness.js';
import { createServerPipeline, type ServerPipeline } from '../support/server-pipeline.js';

const workspaceFolder = join(projectRoot, 'examples/workspace');
const examples: Record<string, string> = Object.fromEntries(readdirSync(workspaceFolder, { recursive: true, encoding: 'utf8' })
    .filter(name => name.endsWith('.provisio'))
    .map(file => [relative(workspaceFolder, join(workspaceFolder, file)).replace(/\.provisio$/, ''), readFileSync(join(workspaceFolder, file), 'utf8')]));

/** The files of the workspace with a `risk` clause, and each clause as written. */
const riskClause = / {4}risk [^\n"]*(?:"""[\s\S]*?"""|"[^"\n]*")?\n/g;
const withRiskClauses = Object.entries(examples).flatMap(([name, text]) => [...text.matchAll(riskClause)].map(match => ({ name, clause: match[0] })));

/** Every prefix of a clause that ends at a token boundary, and a few that end inside its reason. */
function prefixes(clause: string): string[] {
    const cuts = new Set<number>();
    for (const match of clause.matchAll(/\s+|,/g)) {
        cuts.add(match.index);
        cuts.add(match.index + match[0].length);
    }
    const reason = clause.indexOf('"');
    if (reason >= 0) {
        cuts.add(reason + 1);
        cuts.add(reason + 3);
        cuts.add(clause.length - 2);
    }
    return [...cuts].sort((a, b) => a - b).map(cut => clause.slice(0, cut));
}

let pipeline: ServerPipeline;
beforeAll(async () => {
    pipeline = await createServerPipeline();
    await pipeline.open(examples);
});

function expectWorkspaceSound(): void {
    const texts = new Map(pipeline.names().map(name => [pipeline.document(name).uri.toString(), pipeline.document(name).textDocument.getText()]));
    for (const name of pipeline.names()) {
        expectSound(pipeline.document(name), texts);
    }
}

describe('risk clauses typed half-way', () => {
    test('the workspace has risk clauses of both kinds to type', () => {
        expect(withRiskClauses.map(({ clause }) => /not-applicable|inherited-mitigation-unfit/.exec(clause)?.[0]).sort()).toEqual(['inherited-mitigation-unfit', 'not-applicable']);
    });

    test.each(withRiskClauses)('$name: every prefix of the clause breaks no check', async ({ name, clause }) => {
        const seen = new Set<string>();
        for (const prefix of prefixes(clause)) {
            await pipeline.change(name, examples[name].replace(clause, `${prefix}\n`));
            expectWorkspaceSound();
            for (const diagnostic of pipeline.document(name).diagnostics ?? []) {
                seen.add(String(diagnostic.code));
            }
        }
        // The half-typed clause is told about: by the parser, or by the rules once it parses.
        expect([...seen].some(code => code === 'language/syntax' || code.startsWith('risk/') || code.startsWith('background-check/'))).toBe(true);
        await pipeline.change(name, examples[name]);
        expect(pipeline.document(name).diagnostics).toEqual([]);
    }, 60_000);
});

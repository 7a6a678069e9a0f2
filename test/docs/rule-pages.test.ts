// Every rule in the registry has a page in English and Dutch, generated from the registry and
// its two examples, and the examples say what the pages claim: checked with the checker the
// CLI runs, over examples/ as one workspace. A new rule fails here until it has a failing
// example (examples/defects/<category>-<name>.provisio), a passing one
// (examples/passing/<category>-<name>.provisio) and its pages (`npm run docs`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { exampleFile, loadRuleExamples, type RuleExamples } from '../../src/docs/rule-examples.js';
import { rulePagesFolder, writtenRulePages } from '../../src/docs/rule-page-files.js';
import { locales } from '../../src/i18n/messages.js';
import { rules } from '../../src/rules/registry.js';
import { rulePageFile } from '../../src/rules/rule-docs.js';
import { projectRoot, runCli } from '../cli/run-cli.js';

let examples: RuleExamples;
let pages: Map<string, string>;
beforeAll(async () => {
    examples = await loadRuleExamples(projectRoot);
    pages = await writtenRulePages(projectRoot);
}, 60_000);

const ruleIds = rules.map(rule => rule.id);

describe.each(ruleIds)('%s', ruleId => {
    test('its failing example exists and the checker reports the rule there', () => {
        const failing = examples.get(ruleId)?.failing;
        expect(failing, `add ${exampleFile(ruleId, 'failing')}`).toBeDefined();
        expect(failing!.findings.map(finding => finding.ruleId)).toContain(ruleId);
        expect(failing!.excerpt, 'the page shows the declaration the finding is on').not.toBe('');
    });

    test('its passing example exists, shows the rule\'s subject, and the checker reports nothing at all there', () => {
        const passing = examples.get(ruleId)?.passing;
        expect(passing, `add ${exampleFile(ruleId, 'passing')}`).toBeDefined();
        expect(passing!.findings.map(finding => `${finding.line}: ${finding.message} (${finding.ruleId})`)).toEqual([]);
        const rule = rules.find(candidate => candidate.id === ruleId)!;
        expect(passing!.nodeTypes.filter(type => (rule.appliesTo as readonly string[]).includes(type)), `nothing in it that ${ruleId} checks (${rule.appliesTo.join(', ')})`).not.toEqual([]);
        expect(passing!.excerpt).toMatch(/^(provision|group-provision|background-check|umbrella|recipient|service|category) /);
    });

    test.each(locales)('its page in %s exists and is up to date (run `npm run docs`)', locale => {
        const file = rulePageFile(ruleId, locale);
        expect(existsSync(join(projectRoot, file)), `${file} is missing: run \`npm run docs\``).toBe(true);
        expect(readFileSync(join(projectRoot, file), 'utf8'), `${file} is out of date: run \`npm run docs\``).toBe(pages.get(file));
    });
});

describe('rule pages', () => {
    test('there is a page per rule and language, and none for a rule that is not in the registry', () => {
        const onDisk = readdirSync(join(projectRoot, rulePagesFolder), { recursive: true, withFileTypes: true })
            .filter(entry => entry.isFile())
            .map(entry => join(entry.parentPath, entry.name).slice(projectRoot.length + 1).split('\\').join('/'));
        expect(onDisk.sort()).toEqual([...pages.keys()].sort());
        expect(pages.size).toBe(rules.length * locales.length);
    });

    test('every example file under examples/passing/ belongs to a rule of the registry', () => {
        const expected = ruleIds.map(ruleId => exampleFile(ruleId, 'passing').replace('examples/passing/', '')).sort();
        expect(readdirSync(join(projectRoot, 'examples/passing')).sort()).toEqual(expected);
    });

    test('each page links to its rule\'s section of the domain description, which has that heading', () => {
        const domain = readFileSync(join(projectRoot, 'docs/domain.md'), 'utf8');
        for (const rule of rules) {
            expect(domain, `docs/domain.md has no heading "### Rule ${rule.domainRule}"`).toMatch(new RegExp(`^### Rule ${rule.domainRule}$`, 'm'));
            expect(pages.get(rulePageFile(rule.id, 'en'))).toContain(`(../../domain.md#rule-${rule.domainRule})`);
        }
    });

    test('a page shows the failing example\'s finding in words, in English and in Dutch', () => {
        const english = pages.get('docs/rules/risk/mitigation-required.md')!;
        expect(english).toContain('## Failing example');
        expect(english).toContain('provision P-2022-D04 "Identity of a returnee, without a mitigation" {');
        expect(english).toMatch(/- line \d+ of the file, error: Provision P-2022-D04 gives data to EastmarkGIS/);
        expect(english).toContain('## Passing example');
        expect(english).toContain('Provisio reports nothing for this file.');
        const dutch = pages.get('docs/rules/risk/mitigation-required.nl.md')!;
        expect(dutch).toContain('## Voorbeeld dat de regel overtreedt');
        expect(dutch).toMatch(/- regel \d+ van het bestand, fout: Verstrekking P-2022-D04 verstrekt gegevens aan EastmarkGIS/);
        expect(dutch).toContain('**Nederlandse term:** mitigerende maatregel');
    });

    test('the package ships every page, the domain description they link to, the bundles that find them, and the configuration schema', () => {
        const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: projectRoot, encoding: 'utf8' });
        const [{ files }] = JSON.parse(packed.stdout) as Array<{ files: Array<{ path: string }> }>;
        const shipped = new Set(files.map(file => file.path));
        for (const file of [...pages.keys(), 'docs/domain.md', 'docs/rules.md', 'out/cli/provisio.js', 'out/server.cjs', 'schemas/provisio.config.schema.json']) {
            expect(shipped.has(file), file).toBe(true);
        }
    });

    test('the built CLI agrees: examples/passing is clean and has one file per rule', () => {
        const run = runCli(['check', 'examples/passing']);
        expect(run.stdout).toBe(`No problems found (${rules.length} files checked).\n`);
        expect(run.status).toBe(0);
    });
});

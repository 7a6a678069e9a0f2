// The README's "Provisio in CI" section stays true: its formats table lists exactly the
// registry's formats, and every `provisio check` command in its snippets names real formats
// and pairs -f and -o as the CLI accepts them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatters } from '../../src/cli/formatters/registry.js';
import { OutputTargets } from '../../src/cli/output-files.js';
import { projectRoot } from '../cli/run-cli.js';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Provisio in CI'), readme.indexOf('\n## ', readme.indexOf('## Provisio in CI') + 1));

describe('README: Provisio in CI', () => {
    test('the formats table lists every format of the registry, and only those', () => {
        const listed = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map(match => match[1]);
        expect(listed).toEqual(formatters.map(formatter => formatter.name));
    });

    test('every check command in the snippets uses registered formats and valid -f/-o pairs', () => {
        const commands = [...section.matchAll(/npx (?:--no-install )?provisio check([^\n`]*)/g)].map(match => match[1].trim().split(/\s+/));
        expect(commands.length).toBeGreaterThanOrEqual(4);
        const names = new Set(formatters.map(formatter => formatter.name));
        for (const words of commands) {
            const targets = new OutputTargets();
            words.forEach((word, index) => {
                if (word === '-f') {
                    expect(names.has(words[index + 1]), words.join(' ')).toBe(true);
                    targets.addFormat(words[index + 1]);
                } else if (word === '-o') {
                    targets.addFile(words[index + 1]);
                }
            });
            expect(() => targets.resolve('stylish'), words.join(' ')).not.toThrow();
        }
    });

    test('GitHub uploads the SARIF it writes; GitLab reads the Code Quality and JUnit files it writes', () => {
        expect(section).toContain('-f sarif -o provisio.sarif');
        expect(section).toContain('sarif_file: provisio.sarif');
        expect(section).toMatch(/-f gitlab -o gl-code-quality\.json[\s\S]*codequality: gl-code-quality\.json/);
        expect(section).toMatch(/-f junit -o provisio-junit\.xml[\s\S]*junit: provisio-junit\.xml/);
    });
});

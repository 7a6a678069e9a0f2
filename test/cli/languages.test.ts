// The CLI in English and in Dutch, run as a process: how the language is chosen, the golden
// output of `provisio check examples` in both languages, Dutch help, errors and configuration
// problems, and JSON that differs between languages only in its `message` texts.
// Rewrite the golden files after a deliberate change of wording: `npm run update-golden`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LintResult } from '../../src/cli/lint-results.js';
import { folderWith, projectRoot, runCli } from './run-cli.js';

const testdata = join(projectRoot, 'test/cli/testdata');
const updateGolden = process.env.UPDATE_GOLDEN === '1';

const registry = `classification "DEPARTEMENTAAL VERTROUWELIJK"
service AIVD "Algemene Inlichtingen- en Veiligheidsdienst"
`;
const english = 'No problems found (1 file checked).\n';
const dutch = 'Geen problemen gevonden (1 bestand gecontroleerd).\n';
const noLocale = { LC_ALL: undefined, LC_MESSAGES: undefined, LANG: undefined };

describe('golden output of `provisio check examples`', () => {
    for (const language of ['en', 'nl']) {
        test(`in ${language === 'en' ? 'English' : 'Dutch'}`, () => {
            const run = runCli(['check', 'examples', '--lang', language]);
            expect(run.stderr).toBe('');
            expect(run.status).toBe(1);
            const golden = join(testdata, `check-examples.${language}.txt`);
            if (updateGolden || !existsSync(golden)) {
                mkdirSync(testdata, { recursive: true });
                writeFileSync(golden, run.stdout);
            }
            expect(run.stdout).toBe(readFileSync(golden, 'utf8'));
        });
    }
});

describe('choosing the language: --lang, then the configuration, then LC_ALL, LC_MESSAGES, LANG, then English', () => {
    const plain = folderWith({ 'r.provisio': registry });
    const configured = folderWith({ 'project/r.provisio': registry, 'project/provisio.config.yaml': 'language: nl\n', 'elsewhere/provisio.config.json': '{ "language": "en" }' });
    /** `provisio rules` answers without loading the language, so it is the quick way to see which language was chosen. */
    const languageOf = (args: string[], cwd: string, environment: Record<string, string | undefined>) => {
        const header = runCli(['rules', ...args], cwd, environment).stdout.split(' ')[0];
        return header === 'regel' ? 'nl' : header === 'rule' ? 'en' : header;
    };

    test('English without any setting; LANG, LC_MESSAGES and LC_ALL, each overriding the one before it', () => {
        expect(languageOf([], plain, noLocale)).toBe('en');
        expect(languageOf([], plain, { ...noLocale, LANG: 'nl_NL.UTF-8' })).toBe('nl');
        expect(languageOf([], plain, { ...noLocale, LANG: 'nl_NL.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' })).toBe('en');
        expect(languageOf([], plain, { ...noLocale, LANG: 'en_US.UTF-8', LC_MESSAGES: 'nl_BE' })).toBe('nl');
        expect(languageOf([], plain, { ...noLocale, LC_MESSAGES: 'nl_NL', LC_ALL: 'en_US.UTF-8' })).toBe('en');
        expect(languageOf([], plain, { ...noLocale, LANG: 'en_US.UTF-8', LC_ALL: 'nl_NL.UTF-8' })).toBe('nl');
        // As gettext: the first variable that is set decides, even when it names a language Provisio lacks.
        expect(languageOf([], plain, { ...noLocale, LANG: 'nl_NL.UTF-8', LC_ALL: 'C' })).toBe('en');
    });

    test('the configuration\'s `language` overrides the environment, found above the first path, or from --config', () => {
        expect(languageOf([], join(configured, 'project'), { ...noLocale, LC_ALL: 'en_US.UTF-8' })).toBe('nl');
        expect(runCli(['check', 'project/r.provisio'], configured, { ...noLocale, LC_ALL: 'en_US.UTF-8' }).stdout).toBe(dutch);
        expect(runCli(['check', '--config', 'elsewhere/provisio.config.json', 'project'], configured, { ...noLocale, LANG: 'nl' }).stdout).toBe(english);
    });

    test('--lang overrides everything, after the command or before it', () => {
        const environment = { ...noLocale, LC_ALL: 'nl_NL.UTF-8' };
        expect(languageOf(['--lang', 'en'], join(configured, 'project'), environment)).toBe('en');
        expect(runCli(['--lang', 'en', 'check'], join(configured, 'project'), environment).stdout).toBe(english);
        expect(runCli(['check', '--lang=nl', '.'], plain, noLocale).stdout).toBe(dutch);
    });
});

describe('Dutch', () => {
    test('--help of the program and of a command, with commander\'s own words', () => {
        const program = runCli(['--lang', 'nl', '--help']);
        expect(program.status).toBe(0);
        expect(program.stdout).toContain('Gebruik: provisio [opties] [opdracht]');
        expect(program.stdout).toContain('Controleer verstrekkingsmotiveringen die in de taal Provisio zijn geschreven.');
        expect(program.stdout).toMatch(/^Opties:$/m);
        expect(program.stdout).toMatch(/^Opdrachten:$/m);
        expect(program.stdout).toMatch(/-V, --version +toon het versienummer/);
        expect(program.stdout).toMatch(/-h, --help +toon de hulp bij de opdracht/);
        expect(program.stdout).toMatch(/help \[opdracht\] +toon de hulp bij de opdracht/);
        const check = runCli(['check', '--help'], projectRoot, { ...noLocale, LANG: 'nl_NL.UTF-8' });
        expect(check.stdout).toContain('Gebruik: provisio check [opties] [paths...]');
        expect(check.stdout.replace(/\s+/g, ' ')).toContain('-f, --format <format> uitvoerformaat; herhaal het, elk met een eigen -o erachter, om er meer tegelijk te schrijven (keuzes: "stylish", "json", "json-with-metadata", "sarif", "junit", "github", "gitlab", "markdown", "text", standaard: "stylish")');
        for (const english of ['Usage:', 'Options:', 'Commands:', 'display help', 'default:', 'choices:']) {
            expect(program.stdout + check.stdout).not.toContain(english);
        }
    });

    test('commander\'s errors: an unknown option, an unknown command, an invalid choice, a missing value', () => {
        const unknownOption = runCli(['check', '--lang', 'nl', '--formt', 'json']);
        expect(unknownOption.stderr).toBe("fout: onbekende optie '--formt'\n(Bedoelt u --format?)\n(voer provisio --help uit voor het gebruik)\n");
        expect(unknownOption.status).toBe(2);
        expect(runCli(['--lang', 'nl', 'chek']).stderr).toBe("fout: onbekende opdracht 'chek'\n(Bedoelt u check?)\n(voer provisio --help uit voor het gebruik)\n");
        expect(runCli(['check', '--lang', 'nl', '-f', 'xml']).stderr).toBe("fout: de waarde 'xml' van optie '-f, --format <format>' is ongeldig. Toegestane keuzes zijn stylish, json, json-with-metadata, sarif, junit, github, gitlab, markdown.\n(voer provisio --help uit voor het gebruik)\n");
        expect(runCli(['check', '--lang', 'nl', '--max-warnings']).stderr).toBe("fout: bij optie '--max-warnings <n>' ontbreekt de waarde\n(voer provisio --help uit voor het gebruik)\n");
        expect(runCli(['check', '--lang', 'nl', '--max-warnings', 'veel']).stderr).toContain('Verwacht een geheel getal van 0 of meer, of -1 voor geen grens.');
        expect(runCli(['check', '--lang', 'nl', 'nergens']).stderr).toBe('provisio: nergens: dit bestand of deze map bestaat niet.\n');
    });

    test('a configuration problem, located, with a suggestion', () => {
        const folder = folderWith({ 'r.provisio': registry, 'provisio.config.yaml': 'language: nk\nrules:\n  scope/bounded: sometimes\n' });
        const run = runCli(['check', '--lang', 'nl'], folder);
        expect(run.stderr).toBe([
            'provisio.config.yaml:1:11  error  `language` moet `en` (Engels) of `nl` (Nederlands) zijn, niet "nk". Bedoelt u `nl`?  config',
            'provisio.config.yaml:3:18  error  De ernst van `scope/bounded` moet een van deze waarden zijn: error, warning, info, hint, off, niet "sometimes".  config',
            ''
        ].join('\n'));
        expect(run.status).toBe(2);
        expect(runCli(['check', '--lang', 'en'], folder).stderr).toContain('`language` must be `en` (English) or `nl` (Dutch), not "nk". Did you mean `nl`?');
    });

    test('a file that is not UTF-8', () => {
        const folder = folderWith({ 'r.provisio': registry, 'bin.provisio': 'service A "x"\u0000' });
        const run = runCli(['check', '--lang', 'nl'], folder);
        expect(run.stdout).toContain('bin.provisio\n  1:1  error  Dit bestand is geen UTF-8-tekst: het bevat NUL-bytes en is dus een binair bestand. Sla het op als UTF-8.  language/encoding\n');
    });

    test('the totals count in Dutch, one and many', () => {
        const folder = folderWith({ 'r.provisio': registry, 'p.provisio': 'provisoin P-1 {\n}\n', 'q.provisio': 'service AIVD "dup"\n' });
        const run = runCli(['check', '--lang', 'nl'], folder);
        expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ (probleem|problemen) \(\d+ (fout|fouten), 0 waarschuwingen, 0 meldingen ter informatie\) in 3 bestanden gecontroleerd\.$/);
    });

    test('the rules table header', () => {
        expect(runCli(['rules', '--lang', 'nl']).stdout.split('\n')[0]).toMatch(/^regel +standaard +controleert$/);
    });
});

describe('machine output is the same in every language', () => {
    // A suggestion's title, and the words it inserts (the questions of a necessity skeleton), are in the language too.
    test('JSON of the examples differs only in `message` and the words of suggestions', () => {
        const parse = (language: string) => JSON.parse(runCli(['check', 'examples', '--format', 'json', '--lang', language]).stdout) as LintResult[];
        const withoutText = (results: LintResult[]) => results.map(result => ({ ...result, messages: result.messages.map(({ message: _text, ...rest }) => ({
            ...rest, suggestions: rest.suggestions?.map(suggestion => suggestion.fix.range)
        })) }));
        const [inEnglish, inDutch] = [parse('en'), parse('nl')];
        expect(withoutText(inDutch)).toEqual(withoutText(inEnglish));
        expect(inEnglish.flatMap(result => result.messages).length).toBeGreaterThan(10);
    });

    test('a syntax error: the same rule id, position and exit code, a Dutch message', () => {
        const folder = folderWith({ 'r.provisio': registry + 'servce MIVD "x"\n' });
        const [inEnglish, inDutch] = ['en', 'nl'].map(language => runCli(['check', '-f', 'json', '--lang', language], folder));
        expect(inDutch.status).toBe(inEnglish.status);
        const [englishMessage, dutchMessage] = [inEnglish, inDutch].map(run => (JSON.parse(run.stdout) as LintResult[])[0].messages[0]);
        expect({ ...dutchMessage, message: '' }).toEqual({ ...englishMessage, message: '' });
        expect(englishMessage.ruleId).toBe('language/syntax');
        expect(dutchMessage.message).not.toBe(englishMessage.message);
    });
});

// The parser on every construct of the language, and the text values it produces.
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { EmptyFileSystem, GrammarAST, GrammarUtils } from 'langium';
import { parseHelper } from 'langium/test';
import type { Document, Provision, Recipient, Umbrella, Category, Service } from '../../src/language/generated/ast.js';
import { createProvisioServices, type ProvisioServices } from '../../src/language/provisio-module.js';
import { dedentBlock } from '../../src/language/value-converter.js';

let services: ProvisioServices;
let parse: ReturnType<typeof parseHelper<Document>>;

beforeAll(() => {
    services = createProvisioServices(EmptyFileSystem).provisio;
    parse = parseHelper<Document>(services);
});

async function parseClean(text: string): Promise<Document> {
    const document = await parse(text);
    expect(document.parseResult.lexerErrors).toEqual([]);
    expect(document.parseResult.parserErrors.map(error => error.message)).toEqual([]);
    return document.parseResult.value;
}

describe('declarations', () => {
    test('classification, service and category', async () => {
        const document = await parseClean(`
            classification "STG. GEHEIM"
            service AIVD "Algemene Inlichtingen- en Veiligheidsdienst"
            category vehicle-registration "Vehicle registration and ownership records"
        `);
        expect(document.classification).toBe('STG. GEHEIM');
        const [service, category] = document.declarations as [Service, Category];
        expect(service).toMatchObject({ $type: 'Service', name: 'AIVD', title: 'Algemene Inlichtingen- en Veiligheidsdienst' });
        expect(category).toMatchObject({ $type: 'Category', name: 'vehicle-registration', title: 'Vehicle registration and ownership records' });
    });

    test('a recipient with a weighing note assessing every criterion', async () => {
        const document = await parseClean(`
            recipient NorthlandSIS "Northland Security and Intelligence Service" {
                country "XN"
                weighing-note WN-2021-07 {
                    assessed 2021-03-15 method joint
                    review-due 2023-03-15
                    democratic-anchoring adequate
                    human-rights risk "Credible reports of ill-treatment of detainees"
                    professionalism adequate
                    legal-powers adequate
                    data-protection risk "No independent oversight of onward sharing"
                    permits analytical, personal-data, unevaluated, bulk
                }
            }
        `);
        const recipient = document.declarations[0] as Recipient;
        expect(recipient).toMatchObject({ name: 'NorthlandSIS', title: 'Northland Security and Intelligence Service', country: 'XN' });
        const note = recipient.weighingNotes[0];
        expect(note).toMatchObject({ name: 'WN-2021-07', assessed: '2021-03-15', method: 'joint', reviewDue: '2023-03-15' });
        expect(note.permits).toEqual(['analytical', 'personal-data', 'unevaluated', 'bulk']);
        expect(note.assessments.map(assessment => [assessment.criterion, assessment.verdict, assessment.reason])).toEqual([
            ['democratic-anchoring', 'adequate', undefined],
            ['human-rights', 'risk', 'Credible reports of ill-treatment of detainees'],
            ['professionalism', 'adequate', undefined],
            ['legal-powers', 'adequate', undefined],
            ['data-protection', 'risk', 'No independent oversight of onward sharing']
        ]);
    });

    test('a recipient without a body', async () => {
        const document = await parseClean('recipient EastmarkGIS "Eastmark General Intelligence Service"');
        expect(document.declarations[0]).toMatchObject({ name: 'EastmarkGIS', weighingNotes: [] });
    });

    test.each(['umbrella-permission', 'authorisation-note', 'multilateral'])('an umbrella of kind %s', async kind => {
        const document = await parseClean(`
            umbrella UT-2021-03 "Counter-terrorism cooperation" {
                by AIVD
                kind ${kind}
                recipients NorthlandSIS, EastmarkGIS
                valid 2021-01-01 to 2021-12-31
                approved minister on 2020-12-18
                scope {
                    subjects at-most 40 "persons under investigation in operation CT-2021"
                    categories identity, travel
                    form analytical, evaluated
                }
                necessity "Northland's service holds travel records no Dutch source holds."
                mitigation for human-rights "Only analytical conclusions are shared"
                conditions third-party-rule, intelligence-use-only
                oversight-notified on 2020-12-20
            }
        `);
        const umbrella = document.declarations[0] as Umbrella;
        expect(umbrella).toMatchObject({ name: 'UT-2021-03', kind, validity: { from: '2021-01-01', to: '2021-12-31' } });
        expect(umbrella.service?.$refText).toBe('AIVD');
        expect(umbrella.recipients.map(reference => reference.$refText)).toEqual(['NorthlandSIS', 'EastmarkGIS']);
        expect(umbrella.approval).toMatchObject({ level: 'minister', date: '2020-12-18' });
        expect(umbrella.scope?.subjects).toMatchObject({ atMost: true, count: 40, all: false });
        expect(umbrella.scope?.categories.map(reference => reference.$refText)).toEqual(['identity', 'travel']);
        expect(umbrella.scope?.forms).toEqual(['analytical', 'evaluated']);
        expect(umbrella.mitigations[0]).toMatchObject({ criteria: ['human-rights'], description: 'Only analytical conclusions are shared' });
        expect(umbrella.conditions.map(condition => condition.kind)).toEqual(['third-party-rule', 'intelligence-use-only']);
        expect(umbrella.oversight?.date).toBe('2020-12-20');
    });

    test('an incidental provision with every clause', async () => {
        const document = await parseClean(`
            provision P-2021-0117 "Travel of three subjects" {
                by AIVD
                to NorthlandSIS
                date 2021-02-14
                under UT-2021-03
                data {
                    form unevaluated, bulk
                    subjects 3 "persons under investigation in CT-2021-44"
                    categories identity, travel
                    period 2020-06-01 to 2021-01-31
                    bulk-justification "Selection is not possible within the time available."
                }
                necessity """
                    The three subjects travelled to Northland in January.
                """
                mitigation for human-rights, data-protection regarding NorthlandSIS "Abstracted conclusions only"
                conditions third-party-rule, intelligence-use-only, destroy-after 6 months
                approved head-of-service on 2021-02-13
                oversight-notified on 2021-02-15
            }
        `);
        const provision = document.declarations[0] as Provision;
        expect(provision).toMatchObject({ kind: 'provision', name: 'P-2021-0117', title: 'Travel of three subjects', date: '2021-02-14' });
        expect(provision.umbrella?.$refText).toBe('UT-2021-03');
        expect(provision.data).toMatchObject({
            forms: ['unevaluated', 'bulk'],
            subjects: { count: 3, description: 'persons under investigation in CT-2021-44', atMost: false, all: false },
            period: { from: '2020-06-01', to: '2021-01-31' },
            bulkJustification: 'Selection is not possible within the time available.',
            allCategories: false
        });
        expect(provision.necessity?.text).toBe('The three subjects travelled to Northland in January.');
        expect(provision.mitigations[0].criteria).toEqual(['human-rights', 'data-protection']);
        expect(provision.mitigations[0].recipients.map(reference => reference.$refText)).toEqual(['NorthlandSIS']);
        expect(provision.conditions.map(condition => [condition.kind, condition.amount, condition.unit])).toEqual([
            ['third-party-rule', undefined, undefined],
            ['intelligence-use-only', undefined, undefined],
            ['destroy-after', 6, 'months']
        ]);
        expect(provision.oversight?.date).toBe('2021-02-15');
    });

    test('a group provision to several recipients', async () => {
        const document = await parseClean(`
            group-provision G-2021-0004 {
                by AIVD
                to NorthlandSIS, EastmarkGIS, WestlandNIS
                date 2021-05-01
            }
        `);
        const provision = document.declarations[0] as Provision;
        expect(provision.kind).toBe('group-provision');
        expect(provision.recipients.map(reference => reference.$refText)).toEqual(['NorthlandSIS', 'EastmarkGIS', 'WestlandNIS']);
    });

    test('a background check with a destruction request', async () => {
        const document = await parseClean(`
            background-check BC-2021-0009 {
                by AIVD
                to EastmarkGIS
                date 2021-03-02
                data { subjects 1 "applicant for a position of trust in civil aviation" categories identity, residence }
                conditions destruction-request
            }
        `);
        const check = document.declarations[0] as Provision;
        expect(check.kind).toBe('background-check');
        expect(check.conditions[0].kind).toBe('destruction-request');
    });

    test('all subjects and all categories', async () => {
        const document = await parseClean('provision P-1 { data { subjects all categories all } }');
        expect((document.declarations[0] as Provision).data).toMatchObject({ subjects: { all: true }, allCategories: true, categories: [] });
    });

    test('clauses may come in any order, and comments anywhere', async () => {
        const document = await parseClean(`
            // A provision written back to front.
            provision P-2 {
                approved minister on 2021-01-01 /* before the date */
                date 2021-01-02
                to NorthlandSIS // the recipient
                by MIVD
            }
        `);
        expect(document.declarations[0]).toMatchObject({ date: '2021-01-02', approval: { level: 'minister' } });
    });
});

describe('text values', () => {
    test('quoted text resolves escapes', async () => {
        const document = await parseClean('service AIVD "The \\"General\\" service"');
        expect((document.declarations[0] as Service).title).toBe('The "General" service');
    });

    test('a text block drops its common indentation and its first and last empty lines', () => {
        expect(dedentBlock('\n        First line.\n          Indented more.\n\n        Last line.   \n    ')).toBe('First line.\n  Indented more.\n\nLast line.');
    });

    test('a text block on one line is kept as written', () => {
        expect(dedentBlock(' Short. ')).toBe('Short.');
    });
});

describe('comments and quoted text', () => {
    /** What the grammar's rule for a terminal matches at the start of `text`. */
    const byGrammar = (name: string, text: string) => {
        const rule = services.Grammar.rules.find(candidate => GrammarAST.isTerminalRule(candidate) && candidate.name === name) as GrammarAST.TerminalRule;
        return new RegExp(GrammarUtils.terminalRegex(rule), 'y').exec(text)?.[0] ?? null;
    };
    /** What the lexer's token for a terminal matches at the start of `text`. */
    const byLexer = (name: string, text: string) => {
        const pattern = services.parser.Lexer.definition[name].PATTERN;
        const match = typeof pattern === 'function' ? pattern(text, 0, [], {}) : pattern instanceof RegExp ? new RegExp(pattern, 'y').exec(text) : null;
        services.parser.TokenBuilder.flushLexingReport?.(text);
        return match?.[0] ?? null;
    };
    const piece = fc.constantFrom('a', ' ', '"', '\\', '*', '/', '\n', '\r', '\u2028', '\\"', '*/', '/*');

    test('a quoted text is read as the grammar\'s rule reads it, escapes and all', () => {
        fc.assert(fc.property(fc.array(piece, { maxLength: 20 }), pieces => {
            const text = '"' + pieces.join('');
            expect(byLexer('STRING', text)).toBe(byGrammar('STRING', text));
        }), { numRuns: 2000 });
    });

    test('a closed comment is read as the grammar\'s rule reads it: up to the first */', () => {
        fc.assert(fc.property(fc.array(piece, { maxLength: 20 }), pieces => {
            const text = '/*' + pieces.join('');
            const expected = byGrammar('ML_COMMENT', text);
            fc.pre(expected !== null);
            expect(byLexer('ML_COMMENT', text)).toBe(expected);
        }), { numRuns: 2000 });
    });

    test('comments and escaped quotes between declarations', async () => {
        const document = await parse('service A "The \\"General\\" \\\\ one" /* a /* b */ service B /*/ c\n */ service C /**/ "\\"" // d\n');
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.lexerReport?.diagnostics).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(document.parseResult.value.declarations.map(declaration => [declaration.name, (declaration as Service).title])).toEqual([
            ['A', 'The "General" \\ one'], ['B', undefined], ['C', '"']
        ]);
        const { hidden } = services.parser.Lexer.tokenize(document.textDocument.getText());
        expect(hidden.map(token => [token.tokenType.name, token.image])).toEqual([
            ['ML_COMMENT', '/* a /* b */'], ['ML_COMMENT', '/*/ c\n */'], ['ML_COMMENT', '/**/'], ['SL_COMMENT', '// d']
        ]);
    });
});

describe('risk statements', () => {
    test('a provision and an umbrella state that a risk does not apply, or that an inherited mitigation does not fit', async () => {
        const document = await parseClean(`
            umbrella UT-2021-03 {
                risk data-protection regarding EastmarkGIS not-applicable "Only analytical conclusions are shared."
            }
            provision P-2021-0131 {
                under UT-2021-03
                risk human-rights, legal-powers inherited-mitigation-unfit """
                    The umbrella withholds names; this provision must name the subject.
                """
                mitigation for human-rights "An assurance in writing that the subject will not be detained."
                risk professionalism not-applicable
            }
        `);
        const [umbrella, provision] = document.declarations as [Umbrella, Provision];
        expect(umbrella.riskStatements.map(({ criteria, recipients, verdict, reason }) => ({ criteria, recipients: recipients.map(r => r.$refText), verdict, reason }))).toEqual([
            { criteria: ['data-protection'], recipients: ['EastmarkGIS'], verdict: 'not-applicable', reason: 'Only analytical conclusions are shared.' }
        ]);
        expect(provision.riskStatements.map(({ criteria, verdict, reason }) => ({ criteria, verdict, reason }))).toEqual([
            { criteria: ['human-rights', 'legal-powers'], verdict: 'inherited-mitigation-unfit', reason: 'The umbrella withholds names; this provision must name the subject.' },
            { criteria: ['professionalism'], verdict: 'not-applicable', reason: undefined }
        ]);
        expect(provision.mitigations).toHaveLength(1);
    });

    test('a statement without a verdict is a syntax error that says what may follow', async () => {
        const document = await parse('provision P-1 {\n    risk human-rights "why"\n}\n');
        expect(document.parseResult.parserErrors.map(error => error.message)).toEqual([expect.stringMatching(/not-applicable.*inherited-mitigation-unfit|inherited-mitigation-unfit.*not-applicable/)]);
    });
});

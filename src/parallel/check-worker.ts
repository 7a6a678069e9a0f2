// A worker thread of `provisio check` (protocol.ts). It sets up the same services as the main
// thread, so its results are those a check in one thread gives for these files.
import '../polyfill.js';
import { parentPort, workerData } from 'node:worker_threads';
import { URI, type LangiumDocument } from 'langium';
import { checkPart, type WorkspaceFile } from '../cache/partial-check.js';
import { exportRecord, fileFacts, findingSubjects } from '../cache/records.js';
import { toLintResult } from '../cli/lint-results.js';
import { parseRuleFlags } from '../cli/check-selection.js';
import { createNodeServices } from '../documents/load-documents.js';
import type { ProvisioServices } from '../language/provisio-module.js';
import type { FromWorker, SharedFacts, ToWorker, WorkerData, WorkerSettings } from './protocol.js';

const data = workerData as WorkerData;
const port = parentPort!;
const services = servicesFor(data.settings);
const files: WorkspaceFile[] = data.files.map(path => ({ path, uri: URI.file(path) }));
const parsed = new Map<string, LangiumDocument>();

port.once('message', (message: ToWorker) => {
    void check(message.facts).then(results => port.postMessage(results satisfies FromWorker));
});
port.postMessage(await shareFacts() satisfies FromWorker);

function servicesFor(settings: WorkerSettings): ProvisioServices {
    const result = createNodeServices(settings.maxFileSize, settings.locale);
    result.suppressions.InlineSuppressions.enabled = settings.inlineSuppressions;
    const resolver = result.config.ProjectConfig.resolver;
    resolver.setCommandLineRules(parseRuleFlags(settings.rules));
    if (settings.configFile !== undefined) {
        resolver.useFile(settings.configFile);
    }
    return result;
}

function parse(file: WorkspaceFile): LangiumDocument {
    let document = parsed.get(file.path);
    if (!document) {
        const text = services.shared.workspace.FileSystemProvider.readFileSync(file.uri);
        document = services.shared.workspace.LangiumDocumentFactory.fromString(text, file.uri);
        parsed.set(file.path, document);
    }
    return document;
}

async function shareFacts(): Promise<FromWorker> {
    const facts: Array<[number, SharedFacts]> = [];
    for (const index of data.share) {
        const document = parse(files[index]);
        // Straight from the scope computation: the index itself must be filled in workspace order later.
        const exported = await services.references.ScopeComputation.collectExportedSymbols(document);
        facts.push([index, { ...fileFacts(document), exports: exported.map(exportRecord) }]);
    }
    return { kind: 'facts', facts };
}

async function check(all: SharedFacts[]): Promise<FromWorker> {
    const facts = new Map(all.map((fileFacts, index) => [data.files[index], fileFacts]));
    const checked = await checkPart({
        files,
        toCheck: new Set(data.toCheck.map(index => data.files[index])),
        facts,
        standIn: path => facts.get(path)!,
        parse
    }, services);
    const indexOf = new Map(data.files.map((path, index) => [path, index]));
    return {
        kind: 'results',
        results: checked.map(document => {
            const result = toLintResult(document);
            return [indexOf.get(document.uri.fsPath)!, { result, subjects: findingSubjects(document, result) }];
        })
    };
}

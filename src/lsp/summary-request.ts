// `provisio/summary`: the workspace summary, built from the documents the server already
// holds (no second parse) and rendered by the summary's own renderers, in the editor's
// language. Text formats come back as UTF-8 text, DOCX as base64.
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { relative, sep } from 'node:path';
import type { Document } from '../language/generated/ast.js';
import type { ProvisioServices } from '../language/provisio-module.js';
import { classificationMarkings, parseClassification } from '../model/classification.js';
import { buildSummaryModel, type SummaryFile } from '../summary/model.js';
import { audiences, buildReport } from '../summary/report.js';
import { loadRenderer, summaryFormats } from '../summary/renderers/registry.js';
import { summaryRequest, type SummaryParams, type SummaryResult } from './summary-protocol.js';
import { today } from './today.js';

export function answerSummaryRequests(shared: LangiumSharedServices, provisio: ProvisioServices): void {
    shared.lsp.Connection?.onRequest(summaryRequest, async (params: unknown) => {
        const checked = checkParams(params);
        await shared.workspace.WorkspaceManager.ready;
        // Under the read lock: a rebuild already asked for (a change, a new language) comes first.
        return shared.workspace.WorkspaceLock.read(() => summarize(shared, provisio, checked));
    });
}

function checkParams(params: unknown): SummaryParams {
    const given = (typeof params === 'object' && params !== null ? params : {}) as Record<string, unknown>;
    const invalid = (message: string) => new ResponseError(ErrorCodes.InvalidParams, message);
    if (!(summaryFormats as readonly unknown[]).includes(given.format)) {
        throw invalid(`format must be one of ${summaryFormats.join(', ')}`);
    }
    if (given.audience !== undefined && !(audiences as readonly unknown[]).includes(given.audience)) {
        throw invalid(`audience must be one of ${audiences.join(', ')}`);
    }
    for (const name of ['umbrella', 'linkBase'] as const) {
        if (given[name] !== undefined && typeof given[name] !== 'string') {
            throw invalid(`${name} must be a string`);
        }
    }
    return given as unknown as SummaryParams;
}

async function summarize(shared: LangiumSharedServices, provisio: ProvisioServices, params: SummaryParams): Promise<SummaryResult> {
    const documents = shared.workspace.LangiumDocuments.all
        .filter(document => document.uri.scheme === 'file' && document.state >= DocumentState.Validated)
        .toArray()
        .sort((a, b) => a.uri.path < b.uri.path ? -1 : a.uri.path > b.uri.path ? 1 : 0);
    const linkBase = params.linkBase ? URI.parse(params.linkBase).fsPath : undefined;
    const model = buildSummaryModel({
        files: documents.map(document => summaryFile(document, linkBase, provisio)),
        excludedFileCount: 0,
        options: { today: today(), umbrella: params.umbrella || undefined }
    });
    const report = buildReport(model, provisio.i18n.Translator, params.audience ?? 'all');
    const rendered = await (await loadRenderer(params.format)).render({ model, report });
    return typeof rendered === 'string'
        ? { format: params.format, encoding: 'utf8', content: rendered }
        : { format: params.format, encoding: 'base64', content: Buffer.from(rendered).toString('base64') };
}

/**
 * The editor shows every file. An unmarked file takes its configuration's defaultClassification,
 * else the highest marking: a summary may be marked too high, never too low.
 */
function summaryFile(document: LangiumDocument, linkBase: string | undefined, provisio: ProvisioServices): SummaryFile {
    const written = (document.parseResult.value as Document).classification;
    const file = document.uri.fsPath;
    const configured = provisio.config.ProjectConfig.forDocument(document.uri).defaultClassification;
    return {
        document,
        path: (linkBase ? relative(linkBase, file) : file).split(sep).join('/'),
        marking: parseClassification(written ?? configured ?? '') ?? classificationMarkings[classificationMarkings.length - 1]
    };
}

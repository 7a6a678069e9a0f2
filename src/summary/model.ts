// The summary model: plain data about a checked workspace, built by pure functions of the
// Langium documents. Renderers only lay this out; they never look at the AST.
import { AstUtils, MultiMap, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type {
    Approval, Criterion, DataForm, Document, Mitigation, Provision, Recipient, Umbrella, UmbrellaKind
} from '../language/generated/ast.js';
import { classificationMarkings, type ClassificationMarking } from '../model/classification.js';
import type { IsoDate } from '../model/dates.js';
import {
    effectiveApproval, effectiveConditions, effectiveDate, effectiveOversightNotification,
    hasDestructionClause, mitigationsCovering
} from '../model/provisions.js';
import { risksOf, weighingNoteInForce } from '../model/recipients.js';
import { addressedCriteria, weighingsFor } from '../model/risks.js';
import { suppressedDiagnostics } from '../suppressions/suppressions.js';

export const summarySchemaVersion = 1;

export interface SourceRef {
    /** Path of the file, relative to where links are resolved from; always with forward slashes. */
    file: string;
    /** 1-based. */
    line: number;
}

export type ProvisionType = 'incidental' | 'underUmbrella' | 'group' | 'backgroundCheck';
export const provisionTypes: readonly ProvisionType[] = ['incidental', 'underUmbrella', 'group', 'backgroundCheck'];
export type FormKey = DataForm | 'undeclared';
export const formKeys: readonly FormKey[] = ['analytical', 'evaluated', 'unevaluated', 'bulk', 'undeclared'];
export type ReviewStatus = 'current' | 'dueSoon' | 'overdue' | 'noReviewDate';
export type GapKind = 'noWeighingNote' | 'noMitigation' | 'oversightNotNotified' | 'noApproval' | 'noDestructionRequest' | 'noThirdPartyRule' | 'noIntelligenceUseOnly';
export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface ApprovalSummary {
    level: string | null;
    date: IsoDate | null;
    /** Given by the umbrella the provision is made under. */
    inherited: boolean;
    source: SourceRef;
}

export interface UmbrellaSummary {
    name: string;
    title: string | null;
    kind: UmbrellaKind | null;
    service: string | null;
    recipients: Array<{ name: string; elevatedRisk: boolean; hasWeighingNote: boolean }>;
    validFrom: IsoDate | null;
    validTo: IsoDate | null;
    /** Days from the reference date to the end of validity; negative once expired. */
    daysLeft: number | null;
    expiresWithin90Days: boolean;
    approval: ApprovalSummary | null;
    provisionCount: number;
    source: SourceRef;
}

export interface MitigationSummary {
    description: string;
    /** The provision or umbrella that gives it. */
    givenIn: string;
    source: SourceRef;
}

export interface RecipientSummary {
    name: string;
    title: string | null;
    country: string | null;
    source: SourceRef;
    weighingNote: {
        name: string;
        assessed: IsoDate;
        method: string | null;
        reviewDue: IsoDate | null;
        reviewStatus: ReviewStatus;
        source: SourceRef;
    } | null;
    elevatedRisk: boolean;
    risks: Array<{ criterion: Criterion; reason: string | null; mitigations: MitigationSummary[]; source: SourceRef }>;
    provisions: { total: number; byForm: Record<FormKey, number>; byType: Record<ProvisionType, number> };
}

export interface Coverage {
    provisions: number;
    thirdPartyRule: number;
    intelligenceUseOnly: number;
    destructionRequest: number;
    backgroundChecks: number;
    backgroundChecksWithDestructionRequest: number;
}

export interface UnevaluatedProvision {
    name: string;
    kind: string;
    date: IsoDate | null;
    recipients: string[];
    approval: ApprovalSummary | null;
    oversight: { date: IsoDate | null; inherited: boolean; source: SourceRef } | null;
    source: SourceRef;
}

export interface Gap {
    kind: GapKind;
    /** The provision or umbrella with the gap. */
    subject: string;
    recipient: string | null;
    criterion: Criterion | null;
    source: SourceRef;
}

export interface FindingSummary {
    rule: string | null;
    severity: Severity;
    message: string;
    source: SourceRef;
}

/** A finding a reviewer accepted with a suppression comment: oversight reads the reason. */
export interface DeviationSummary {
    rule: string | null;
    message: string;
    reason: string;
    until: IsoDate | null;
    approvedBy: string | null;
    /** Where the finding is; the comment that accepts it is at `directiveLine`. */
    source: SourceRef;
    directiveLine: number;
}

export interface Tally {
    key: string;
    count: number;
}

export interface SummaryModel {
    schemaVersion: typeof summarySchemaVersion;
    classification: ClassificationMarking;
    /** The date days left and review status are counted from: `--to`, else the day the summary was made. */
    referenceDate: IsoDate;
    period: { from: IsoDate | null; to: IsoDate | null };
    filters: { service: string | null; recipient: string | null; umbrella: string | null; maxClassification: ClassificationMarking | null };
    files: { included: number; excluded: number };
    totals: { provisions: number; umbrellas: number; recipients: number; findings: Record<Severity, number> };
    umbrellas: UmbrellaSummary[];
    recipients: RecipientSummary[];
    coverage: Coverage;
    unevaluated: UnevaluatedProvision[];
    gaps: Gap[];
    findings: { byRule: Array<Tally & { severity: Severity }>; items: FindingSummary[] };
    deviations: DeviationSummary[];
    trends: { perMonth: Tally[]; perService: Tally[]; perRecipient: Array<Tally & { elevatedRisk: boolean }> };
}

export interface SummaryFile {
    document: LangiumDocument;
    /** How the file is named in the summary and its links. */
    path: string;
    marking: ClassificationMarking;
}

export interface SummaryOptions {
    from?: IsoDate;
    to?: IsoDate;
    /** Today, when no `to` is given. */
    today: IsoDate;
    service?: string;
    recipient?: string;
    umbrella?: string;
    maxClassification?: ClassificationMarking;
}

export interface SummaryInput {
    files: readonly SummaryFile[];
    /** How many files were left out for their marking: only the number is ever shown. */
    excludedFileCount: number;
    options: SummaryOptions;
}

const expiryHorizonDays = 90;
const severityNames: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

interface Located<T> {
    node: T;
    file: SummaryFile;
}

export function buildSummaryModel(input: SummaryInput): SummaryModel {
    const { options } = input;
    const referenceDate = options.to ?? options.today;
    const declarations = input.files.flatMap(file =>
        ((file.document.parseResult.value as Document).declarations ?? []).map(node => ({ node, file })));
    const allProvisions = declarations.filter((item): item is Located<Provision> => item.node.$type === 'Provision');
    const allUmbrellas = declarations.filter((item): item is Located<Umbrella> => item.node.$type === 'Umbrella');
    const allRecipients = declarations.filter((item): item is Located<Recipient> => item.node.$type === 'Recipient');
    const provisions = allProvisions.filter(item => provisionSelected(item.node, options));
    const umbrellas = allUmbrellas.filter(item => umbrellaSelected(item.node, options));
    const recipients = allRecipients.filter(item => !options.recipient || item.node.name === options.recipient);
    const locate = (node: { $cstNode?: { range: { start: { line: number } } } }, file: SummaryFile): SourceRef =>
        ({ file: file.path, line: (node.$cstNode?.range.start.line ?? 0) + 1 });
    const fileByDocument = new Map(input.files.map(file => [file.document, file]));
    const index = indexOf(provisions, umbrellas, allRecipients);
    const leftOut = leftOutRanges(new Set(provisions.map(item => item.node as unknown)), allProvisions);
    const findings = findingsOf(input.files, leftOut);

    return {
        schemaVersion: summarySchemaVersion,
        classification: highestMarking(input.files.map(file => file.marking)),
        referenceDate,
        period: { from: options.from ?? null, to: options.to ?? null },
        filters: {
            service: options.service ?? null,
            recipient: options.recipient ?? null,
            umbrella: options.umbrella ?? null,
            maxClassification: options.maxClassification ?? null
        },
        files: { included: input.files.length, excluded: input.excludedFileCount },
        totals: {
            provisions: provisions.length,
            umbrellas: umbrellas.length,
            recipients: recipients.length,
            findings: countBySeverity(findings)
        },
        umbrellas: umbrellas.map(item => summarizeUmbrella(item, index, referenceDate, locate)),
        recipients: recipients.map(item => summarizeRecipient(item, index, referenceDate, locate)),
        coverage: coverageOf(provisions.map(item => item.node)),
        unevaluated: provisions.filter(item => formsOf(item.node).includes('unevaluated')).map(item => summarizeUnevaluated(item, fileByDocument, locate)),
        gaps: [...umbrellas.flatMap(item => umbrellaGaps(item, locate)), ...provisions.flatMap(item => provisionGaps(item, locate))],
        findings: { byRule: tallyFindings(findings), items: findings },
        deviations: deviationsOf(input.files, leftOut),
        trends: {
            perMonth: tally(provisions.map(item => item.node.date?.slice(0, 7) ?? '')),
            perService: tally(provisions.map(item => item.node.service?.$refText ?? '')),
            perRecipient: tally(provisions.flatMap(item => item.node.recipients.map(reference => reference.$refText ?? '')))
                .map(entry => ({ ...entry, elevatedRisk: recipientElevated(index, entry.key, referenceDate) }))
        }
    };
}

/** Lookups built in one pass, so that no part of the model is quadratic in the workspace. */
interface Index {
    provisionsByRecipient: MultiMap<Recipient, Located<Provision>>;
    umbrellasByRecipient: MultiMap<Recipient, Located<Umbrella>>;
    provisionCountByUmbrella: Map<Umbrella, number>;
    recipientByName: Map<string, Recipient>;
}

function indexOf(provisions: ReadonlyArray<Located<Provision>>, umbrellas: ReadonlyArray<Located<Umbrella>>, recipients: ReadonlyArray<Located<Recipient>>): Index {
    const index: Index = { provisionsByRecipient: new MultiMap(), umbrellasByRecipient: new MultiMap(), provisionCountByUmbrella: new Map(), recipientByName: new Map() };
    for (const item of provisions) {
        for (const recipient of new Set(item.node.recipients.map(reference => reference.ref))) {
            if (recipient) {
                index.provisionsByRecipient.add(recipient, item);
            }
        }
        const umbrella = item.node.umbrella?.ref;
        if (umbrella) {
            index.provisionCountByUmbrella.set(umbrella, (index.provisionCountByUmbrella.get(umbrella) ?? 0) + 1);
        }
    }
    for (const item of umbrellas) {
        for (const recipient of new Set(item.node.recipients.map(reference => reference.ref))) {
            if (recipient) {
                index.umbrellasByRecipient.add(recipient, item);
            }
        }
    }
    for (const item of recipients) {
        if (item.node.name && !index.recipientByName.has(item.node.name)) {
            index.recipientByName.set(item.node.name, item.node);
        }
    }
    return index;
}

/** The highest of the markings; the lowest marking when there are none. */
export function highestMarking(markings: readonly ClassificationMarking[]): ClassificationMarking {
    const rank = (marking: ClassificationMarking) => classificationMarkings.indexOf(marking);
    return markings.reduce((highest, marking) => rank(marking) > rank(highest) ? marking : highest, classificationMarkings[0]);
}

function provisionSelected(provision: Provision, options: SummaryOptions): boolean {
    if ((options.from || options.to) && !provision.date) {
        return false;
    }
    if (options.from && provision.date! < options.from) {
        return false;
    }
    if (options.to && provision.date! > options.to) {
        return false;
    }
    if (options.service && provision.service?.$refText !== options.service) {
        return false;
    }
    if (options.recipient && !provision.recipients.some(reference => reference.$refText === options.recipient)) {
        return false;
    }
    return !options.umbrella || provision.umbrella?.$refText === options.umbrella;
}

/** An umbrella is in the summary when its validity overlaps the period asked for. */
function umbrellaSelected(umbrella: Umbrella, options: SummaryOptions): boolean {
    const validity = umbrella.validity;
    if ((options.from || options.to) && (!validity?.from || !validity.to)) {
        return false;
    }
    if (options.from && validity!.to! < options.from) {
        return false;
    }
    if (options.to && validity!.from! > options.to) {
        return false;
    }
    if (options.service && umbrella.service?.$refText !== options.service) {
        return false;
    }
    if (options.recipient && !umbrella.recipients.some(reference => reference.$refText === options.recipient)) {
        return false;
    }
    return !options.umbrella || umbrella.name === options.umbrella;
}

type Locate = (node: { $cstNode?: { range: { start: { line: number } } } }, file: SummaryFile) => SourceRef;

function summarizeUmbrella(item: Located<Umbrella>, index: Index, referenceDate: IsoDate, locate: Locate): UmbrellaSummary {
    const umbrella = item.node;
    const date = effectiveDate(umbrella);
    const validTo = umbrella.validity?.to ?? null;
    const daysLeft = validTo && isDate(validTo) ? daysBetween(referenceDate, validTo) : null;
    return {
        name: umbrella.name ?? '',
        title: umbrella.title ?? null,
        kind: umbrella.kind ?? null,
        service: umbrella.service?.$refText ?? null,
        recipients: umbrella.recipients.map(reference => {
            const recipient = reference.ref;
            return {
                name: reference.$refText ?? '',
                elevatedRisk: recipient ? risksOf(weighingNoteInForce(recipient, date)).length > 0 : false,
                hasWeighingNote: recipient ? weighingNoteInForce(recipient, date) !== undefined : false
            };
        }),
        validFrom: umbrella.validity?.from ?? null,
        validTo,
        daysLeft,
        expiresWithin90Days: daysLeft !== null && daysLeft >= 0 && daysLeft <= expiryHorizonDays,
        approval: approvalSummary(umbrella.approval, false, item.file, locate),
        provisionCount: index.provisionCountByUmbrella.get(umbrella) ?? 0,
        source: locate(umbrella, item.file)
    };
}

function summarizeRecipient(item: Located<Recipient>, index: Index, referenceDate: IsoDate, locate: Locate): RecipientSummary {
    const recipient = item.node;
    const note = weighingNoteInForce(recipient, referenceDate);
    const own = index.provisionsByRecipient.get(recipient);
    const givers: Array<{ name: string; file: SummaryFile; mitigations: Mitigation[] }> = [
        ...index.umbrellasByRecipient.get(recipient).map(umbrella => ({ name: umbrella.node.name ?? '', file: umbrella.file, mitigations: umbrella.node.mitigations })),
        ...own.map(provision => ({ name: provision.node.name ?? '', file: provision.file, mitigations: provision.node.mitigations }))
    ];
    return {
        name: recipient.name ?? '',
        title: recipient.title ?? null,
        country: recipient.country ?? null,
        source: locate(recipient, item.file),
        weighingNote: note && note.assessed ? {
            name: note.name ?? '',
            assessed: note.assessed,
            method: note.method ?? null,
            reviewDue: note.reviewDue ?? null,
            reviewStatus: reviewStatus(note.reviewDue, referenceDate),
            source: locate(note, item.file)
        } : null,
        elevatedRisk: risksOf(note).length > 0,
        risks: risksOf(note).map(risk => ({
            criterion: risk.criterion,
            reason: risk.reason ?? null,
            mitigations: givers.flatMap(giver => mitigationsCovering(giver.mitigations, recipient)
                .filter(mitigation => mitigation.criteria.includes(risk.criterion))
                .map(mitigation => ({ description: normalizeText(mitigation.description), givenIn: giver.name, source: locate(mitigation, giver.file) }))),
            source: locate(risk, item.file)
        })),
        provisions: {
            total: own.length,
            byForm: countKeys(formKeys, own.flatMap(provision => formsOf(provision.node))),
            byType: countKeys(provisionTypes, own.map(provision => provisionType(provision.node)))
        }
    };
}

function reviewStatus(reviewDue: IsoDate | undefined, referenceDate: IsoDate): ReviewStatus {
    if (!reviewDue || !isDate(reviewDue)) {
        return 'noReviewDate';
    }
    const days = daysBetween(referenceDate, reviewDue);
    return days < 0 ? 'overdue' : days <= expiryHorizonDays ? 'dueSoon' : 'current';
}

function coverageOf(provisions: readonly Provision[]): Coverage {
    const stating = (kind: string) => provisions.filter(provision => effectiveConditions(provision).some(condition => condition.kind === kind)).length;
    const backgroundChecks = provisions.filter(provision => provision.kind === 'background-check');
    return {
        provisions: provisions.length,
        thirdPartyRule: stating('third-party-rule'),
        intelligenceUseOnly: stating('intelligence-use-only'),
        destructionRequest: provisions.filter(provision => hasDestructionClause(effectiveConditions(provision))).length,
        backgroundChecks: backgroundChecks.length,
        backgroundChecksWithDestructionRequest: backgroundChecks.filter(provision => hasDestructionClause(effectiveConditions(provision))).length
    };
}

function summarizeUnevaluated(item: Located<Provision>, fileByDocument: ReadonlyMap<LangiumDocument, SummaryFile>, locate: Locate): UnevaluatedProvision {
    const provision = item.node;
    const umbrella = provision.umbrella?.ref;
    const notification = effectiveOversightNotification(provision);
    // An inherited clause is located in its umbrella's own file.
    const fileOf = (own: boolean) => own || !umbrella ? item.file : fileByDocument.get(AstUtils.getDocument(umbrella)) ?? item.file;
    return {
        name: provision.name ?? '',
        kind: provision.kind ?? 'provision',
        date: provision.date ?? null,
        recipients: provision.recipients.map(reference => reference.$refText ?? ''),
        approval: approvalSummary(effectiveApproval(provision), !provision.approval, fileOf(provision.approval !== undefined), locate),
        oversight: notification ? {
            date: notification.date ?? null,
            inherited: !provision.oversight,
            source: locate(notification, fileOf(provision.oversight !== undefined))
        } : null,
        source: locate(provision, item.file)
    };
}

function approvalSummary(approval: Approval | undefined, inherited: boolean, file: SummaryFile, locate: Locate): ApprovalSummary | null {
    return approval ? { level: approval.level ?? null, date: approval.date ?? null, inherited, source: locate(approval, file) } : null;
}

function umbrellaGaps(item: Located<Umbrella>, locate: Locate): Gap[] {
    const umbrella = item.node;
    const gap = (kind: GapKind, recipient: string | null = null, criterion: Criterion | null = null): Gap =>
        ({ kind, subject: umbrella.name ?? '', recipient, criterion, source: locate(umbrella, item.file) });
    const gaps: Gap[] = [];
    if (!umbrella.approval) {
        gaps.push(gap('noApproval'));
    }
    gaps.push(...recipientGaps(umbrella, effectiveDate(umbrella), gap));
    return gaps;
}

function provisionGaps(item: Located<Provision>, locate: Locate): Gap[] {
    const provision = item.node;
    const gap = (kind: GapKind, recipient: string | null = null, criterion: Criterion | null = null): Gap =>
        ({ kind, subject: provision.name ?? '', recipient, criterion, source: locate(provision, item.file) });
    const gaps = recipientGaps(provision, provision.date, gap);
    const conditions = effectiveConditions(provision);
    if (!conditions.some(condition => condition.kind === 'third-party-rule')) {
        gaps.push(gap('noThirdPartyRule'));
    }
    if (!conditions.some(condition => condition.kind === 'intelligence-use-only')) {
        gaps.push(gap('noIntelligenceUseOnly'));
    }
    if (provision.kind === 'background-check' && !hasDestructionClause(conditions)) {
        gaps.push(gap('noDestructionRequest'));
    }
    if (!effectiveApproval(provision)) {
        gaps.push(gap('noApproval'));
    }
    if (formsOf(provision).includes('unevaluated') && !effectiveOversightNotification(provision)) {
        gaps.push(gap('oversightNotNotified'));
    }
    return gaps;
}

/** Per recipient, each risk that no mitigation (own or inherited, unless set aside) and no reasoned `risk … not-applicable` addresses. */
function recipientGaps(justification: Provision | Umbrella, date: IsoDate | undefined, gap: (kind: GapKind, recipient?: string | null, criterion?: Criterion | null) => Gap): Gap[] {
    return justification.recipients.flatMap(reference => reference.ref ? [reference.ref] : []).flatMap(recipient => {
        const note = weighingNoteInForce(recipient, date);
        if (!note) {
            return [gap('noWeighingNote', recipient.name ?? '')];
        }
        const addressed = addressedCriteria(weighingsFor(justification, recipient));
        return risksOf(note).filter(risk => !addressed.has(risk.criterion)).map(risk => gap('noMitigation', recipient.name ?? '', risk.criterion));
    });
}

type LeftOut = ReadonlyMap<LangiumDocument, ReadonlyArray<[number, number]>>;

/**
 * The lines of the provisions the filters leave out, per document, sorted. A finding inside one
 * is left out with it; other findings (umbrellas, the registry) stay: they concern every provision.
 */
function leftOutRanges(selected: ReadonlySet<unknown>, provisions: ReadonlyArray<Located<Provision>>): LeftOut {
    const byDocument = new Map<LangiumDocument, Array<[number, number]>>();
    for (const item of provisions) {
        const range = item.node.$cstNode?.range;
        if (range && !selected.has(item.node)) {
            const ranges = byDocument.get(item.file.document) ?? [];
            ranges.push([range.start.line, range.end.line]);
            byDocument.set(item.file.document, ranges);
        }
    }
    for (const ranges of byDocument.values()) {
        ranges.sort((a, b) => a[0] - b[0]);
    }
    return byDocument;
}

function deviationsOf(files: readonly SummaryFile[], leftOut: LeftOut): DeviationSummary[] {
    return files.flatMap(file => suppressedDiagnostics(file.document)
        .filter(({ diagnostic }) => !insideAny(leftOut.get(file.document), diagnostic.range.start.line))
        .map(({ diagnostic, suppression }) => ({
            rule: typeof diagnostic.code === 'string' ? diagnostic.code : null,
            message: typeof diagnostic.message === 'string' ? diagnostic.message : String(diagnostic.message),
            reason: suppression.reason,
            until: suppression.until ?? null,
            approvedBy: suppression.approvedBy ?? null,
            source: { file: file.path, line: diagnostic.range.start.line + 1 },
            directiveLine: suppression.line
        })))
        .sort((a, b) => compareText(a.source.file, b.source.file) || a.source.line - b.source.line || compareText(a.rule ?? '', b.rule ?? ''));
}

function findingsOf(files: readonly SummaryFile[], leftOut: LeftOut): FindingSummary[] {
    return files.flatMap(file => (file.document.diagnostics ?? [])
        .filter(diagnostic => !insideAny(leftOut.get(file.document), diagnostic.range.start.line))
        .map(diagnostic => toFinding(diagnostic, file)))
        .sort((a, b) => compareText(a.source.file, b.source.file) || a.source.line - b.source.line || compareText(a.rule ?? '', b.rule ?? ''));
}

/** Whether a line falls in one of the ranges: declarations do not overlap, so a binary search on their starts finds it. */
function insideAny(ranges: ReadonlyArray<[number, number]> | undefined, line: number): boolean {
    if (!ranges) {
        return false;
    }
    let low = 0;
    let high = ranges.length - 1;
    let candidate = -1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        if (ranges[middle][0] <= line) {
            candidate = middle;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return candidate >= 0 && ranges[candidate][1] >= line;
}

function toFinding(diagnostic: Diagnostic, file: SummaryFile): FindingSummary {
    return {
        rule: typeof diagnostic.code === 'string' ? diagnostic.code : null,
        severity: severityNames[diagnostic.severity ?? 1],
        message: typeof diagnostic.message === 'string' ? diagnostic.message : String(diagnostic.message),
        source: { file: file.path, line: diagnostic.range.start.line + 1 }
    };
}

function countBySeverity(findings: readonly FindingSummary[]): Record<Severity, number> {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const finding of findings) {
        counts[finding.severity]++;
    }
    return counts;
}

function tallyFindings(findings: readonly FindingSummary[]): Array<Tally & { severity: Severity }> {
    const byRule = new Map<string, Tally & { severity: Severity }>();
    for (const finding of findings) {
        const key = `${finding.rule ?? ''}\u0000${finding.severity}`;
        const entry = byRule.get(key) ?? { key: finding.rule ?? '', severity: finding.severity, count: 0 };
        entry.count++;
        byRule.set(key, entry);
    }
    return [...byRule.values()].sort((a, b) => compareText(a.key, b.key) || compareText(a.severity, b.severity));
}

function recipientElevated(index: Index, name: string, date: IsoDate): boolean {
    const recipient = index.recipientByName.get(name);
    return recipient ? risksOf(weighingNoteInForce(recipient, date)).length > 0 : false;
}

export function provisionType(provision: Provision): ProvisionType {
    if (provision.kind === 'background-check') {
        return 'backgroundCheck';
    }
    if (provision.kind === 'group-provision') {
        return 'group';
    }
    return provision.umbrella ? 'underUmbrella' : 'incidental';
}

function formsOf(provision: Provision): FormKey[] {
    const forms = provision.data?.forms ?? [];
    return forms.length > 0 ? [...new Set(forms)] : ['undeclared'];
}

function countKeys<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
    const counts = Object.fromEntries(keys.map(key => [key, 0])) as Record<K, number>;
    for (const value of values) {
        counts[value]++;
    }
    return counts;
}

/** Counts per key, sorted by key; an empty key (a clause not written yet) sorts last. */
function tally(keys: readonly string[]): Tally[] {
    const counts = new Map<string, number>();
    for (const key of keys) {
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts].map(([key, count]) => ({ key, count }))
        .sort((a, b) => (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || compareText(a.key, b.key));
}

function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

function isDate(text: string): boolean {
    return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}

function daysBetween(from: IsoDate, to: IsoDate): number {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Text blocks are indented in the source; a summary shows them as one paragraph. */
function normalizeText(text: string | undefined): string {
    return (text ?? '').replace(/\s+/g, ' ').trim();
}

// The report: the summary model put into words for one audience and one language, as
// sections of headings, paragraphs, tables and charts. The Markdown, HTML, DOCX and CSV
// renderers lay out this one structure, so every format says the same thing.
import { common, criterionLabel } from '../i18n/common.js';
import type { Message, MessageData } from '../i18n/messages.js';
import type { Translator } from '../i18n/translator.js';
import type { KeyOf } from '../i18n/messages.js';
import {
    formKeys, provisionTypes, type ApprovalSummary, type Gap, type RecipientSummary, type SourceRef, type SummaryModel, type UmbrellaSummary
} from './model.js';
import { summaryMessages } from './summary.messages.js';

export const audiences = ['minister', 'oversight', 'quality'] as const;
export type Audience = typeof audiences[number];
export type SectionId = 'umbrellas' | 'recipients' | 'coverage' | 'unevaluated' | 'gaps' | 'findings' | 'deviations' | 'trends';

/** Which sections each audience reads, in its order. The overview always comes first. */
export const sectionsFor: Record<Audience | 'all', readonly SectionId[]> = {
    all: ['umbrellas', 'recipients', 'unevaluated', 'coverage', 'gaps', 'findings', 'deviations', 'trends'],
    minister: ['umbrellas', 'recipients', 'gaps', 'trends'],
    oversight: ['unevaluated', 'recipients', 'coverage', 'gaps', 'deviations', 'findings', 'trends'],
    quality: ['gaps', 'findings', 'deviations', 'coverage', 'recipients', 'unevaluated', 'trends']
};

export interface Cell {
    text: string;
    /** A required item that is absent: shown as MISSING, never left out. */
    missing?: boolean;
    /** Marks an elevated risk profile, for emphasis. */
    risk?: boolean;
}

export interface Row {
    cells: Cell[];
    source?: SourceRef;
}

export interface Table {
    kind: 'table';
    /** Stable name, used for the CSV tables. */
    id: string;
    /** Empty when the heading before the table names it. */
    caption: string;
    columns: string[];
    /** Columns holding numbers, right-aligned. */
    numeric: boolean[];
    rows: Row[];
    /** Rows carry a source: renderers add a source column. */
    sourced: boolean;
    sourceLabel: string;
}

export interface Chart {
    kind: 'chart';
    id: 'perRecipient' | 'perMonth';
    title: string;
    bars: Array<{ label: string; value: number; risk?: boolean }>;
    legend?: { elevated: string; normal: string };
}

export type Block =
    | { kind: 'heading'; text: string; source?: SourceRef }
    | { kind: 'paragraph'; text: string; missing?: boolean }
    | Table
    | Chart;

export interface Section {
    id: SectionId | 'overview';
    heading: string;
    blocks: Block[];
}

export interface Report {
    lang: 'en' | 'nl';
    title: string;
    /** "Classification: STG. GEHEIM", for the top and bottom of every page. */
    markingLine: string;
    marking: string;
    missingLabel: string;
    footer: string;
    sections: Section[];
}

type Key = KeyOf<typeof summaryMessages>;

export function buildReport(model: SummaryModel, translator: Translator, audience: Audience | 'all' = 'all'): Report {
    const say = (key: Key, data?: MessageData) => translator.format(summaryMessages.message(key, data));
    const words = (message: Message) => translator.format(message);
    const layout = new Layout(model, say, words);
    return {
        lang: translator.locale,
        title: say(`title.${audience}`),
        markingLine: say('marking', { marking: model.classification }),
        marking: model.classification,
        missingLabel: say('missing'),
        footer: say('generated', { count: model.files.included, date: model.referenceDate }),
        sections: [layout.overview(), ...sectionsFor[audience].map(id => layout.section(id))]
    };
}

/**
 * Author text made safe to show: bidi controls and other invisible controls become visible codes,
 * and a run of white space that breaks the line or tabs becomes one space.
 */
export function visibleText(text: string): string {
    return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g,
        character => `<U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`)
        .replace(/\s+/g, oneSpaceIfBreaking);
}

// Each run of white space is matched once and judged whole: a pattern such as /\s*[\r\n\t]\s*/
// would try a long run of spaces again from each of its characters, in quadratic time.
function oneSpaceIfBreaking(run: string): string {
    return /[\r\n\t]/.test(run) ? ' ' : run;
}

class Layout {
    constructor(
        private readonly model: SummaryModel,
        private readonly say: (key: Key, data?: MessageData) => string,
        private readonly words: (message: Message) => string
    ) {}

    private table(id: string, caption: string, columns: Key[], rows: Row[], numeric: number[] = []): Table {
        return {
            kind: 'table', id, caption,
            columns: columns.map(column => this.say(column)),
            numeric: columns.map((_, index) => numeric.includes(index)),
            rows,
            sourced: rows.some(row => row.source !== undefined),
            sourceLabel: this.say('source')
        };
    }

    private text(text: string | null | undefined): Cell {
        return text ? { text: visibleText(text) } : { text: this.say('missing'), missing: true };
    }

    private missing(key: Key, data?: MessageData): Cell {
        return { text: `${this.say('missing')}: ${this.say(key, data)}`, missing: true };
    }

    private number(value: number): Cell {
        return { text: String(value) };
    }

    section(id: SectionId): Section {
        const blocks: Record<SectionId, () => Block[]> = {
            umbrellas: () => this.umbrellas(),
            recipients: () => this.recipients(),
            coverage: () => this.coverage(),
            unevaluated: () => this.unevaluated(),
            gaps: () => this.gaps(),
            findings: () => this.findings(),
            deviations: () => this.deviations(),
            trends: () => this.trends()
        };
        return { id, heading: this.say(`section.${id}`), blocks: blocks[id]() };
    }

    overview(): Section {
        const { model, say } = this;
        const { from, to } = model.period;
        const period = from && to ? say('overview.periodRange', { from, to }) : from ? say('overview.periodFrom', { from }) : to ? say('overview.periodTo', { to }) : say('overview.periodAll');
        const filters = [
            model.filters.service && say('overview.filter.service', { value: model.filters.service }),
            model.filters.recipient && say('overview.filter.recipient', { value: model.filters.recipient }),
            model.filters.umbrella && say('overview.filter.umbrella', { value: model.filters.umbrella }),
            model.filters.maxClassification && say('overview.filter.maxClassification', { value: model.filters.maxClassification })
        ].filter((filter): filter is string => Boolean(filter));
        const files = [say('overview.filesIncluded', { count: model.files.included })];
        if (model.files.excluded > 0) {
            files.push(say('overview.filesExcluded', { count: model.files.excluded }));
        }
        const findings = model.totals.findings;
        const row = (label: Key, value: string): Row => ({ cells: [{ text: say(label) }, { text: visibleText(value) }] });
        return {
            id: 'overview',
            heading: say('section.overview'),
            blocks: [{
                kind: 'table', id: 'overview', caption: '', columns: ['', ''], numeric: [false, false], sourced: false, sourceLabel: say('source'),
                rows: [
                    row('overview.period', period),
                    row('overview.referenceDate', model.referenceDate),
                    row('overview.filters', filters.length > 0 ? filters.join('; ') : say('none')),
                    row('overview.files', files.join('; ')),
                    row('overview.provisions', String(model.totals.provisions)),
                    row('overview.umbrellas', String(model.totals.umbrellas)),
                    row('overview.recipients', String(model.totals.recipients)),
                    row('overview.gaps', String(model.gaps.length)),
                    row('overview.findings', say('overview.findingCounts', { errors: findings.error, warnings: findings.warning, infos: findings.info + findings.hint }))
                ]
            }]
        };
    }

    private approval(approval: ApprovalSummary | null): Cell {
        if (!approval) {
            return this.missing('gap.noApproval');
        }
        const level = approval.level ? this.words(common.message(`level.${approval.level}` as Parameters<typeof common.message>[0])) : this.say('missing');
        const text = approval.date ? this.say('approval', { level, date: approval.date }) : this.say('approvalUndated', { level });
        return { text: approval.inherited ? this.say('inherited', { text }) : text };
    }

    private daysLeft(umbrella: UmbrellaSummary): Cell {
        if (umbrella.daysLeft === null) {
            return this.text(null);
        }
        return umbrella.daysLeft < 0
            ? { text: this.say('expired', { days: -umbrella.daysLeft }) }
            : { text: this.say('daysLeft', { days: umbrella.daysLeft }), risk: umbrella.expiresWithin90Days };
    }

    private umbrellaRow(umbrella: UmbrellaSummary): Row {
        const recipients = umbrella.recipients.map(recipient => this.say('recipientWithRisk', {
            name: recipient.name,
            risk: this.say(!recipient.hasWeighingNote ? 'risk.noNote' : recipient.elevatedRisk ? 'risk.elevated' : 'risk.normal')
        }));
        return {
            source: umbrella.source,
            cells: [
                this.text(umbrella.title ? `${umbrella.name}: ${umbrella.title}` : umbrella.name),
                umbrella.kind ? { text: this.say(`kind.${umbrella.kind}`) } : this.text(null),
                this.text(umbrella.service),
                recipients.length > 0 ? { text: visibleText(recipients.join(', ')) } : this.text(null),
                umbrella.validFrom && umbrella.validTo ? { text: this.say('validity', { from: umbrella.validFrom, to: umbrella.validTo }) } : this.text(null),
                this.daysLeft(umbrella),
                this.approval(umbrella.approval),
                this.number(umbrella.provisionCount)
            ]
        };
    }

    private umbrellas(): Block[] {
        const { model, say } = this;
        if (model.umbrellas.length === 0) {
            return [{ kind: 'paragraph', text: say('umbrellas.none') }];
        }
        const columns: Key[] = ['column.umbrella', 'column.kind', 'column.service', 'column.recipients', 'column.validity', 'column.daysLeft', 'column.approval', 'column.provisionsUnder'];
        const expiring = model.umbrellas.filter(umbrella => umbrella.expiresWithin90Days);
        return [
            this.table('umbrellas', '', columns, model.umbrellas.map(umbrella => this.umbrellaRow(umbrella)), [7]),
            { kind: 'heading', text: say('umbrellas.expiring') },
            expiring.length > 0
                ? this.table('umbrellas-expiring', '', ['column.umbrella', 'column.validity', 'column.daysLeft'],
                    expiring.map(umbrella => ({ source: umbrella.source, cells: [this.text(umbrella.name), { text: say('validity', { from: umbrella.validFrom ?? '', to: umbrella.validTo ?? '' }) }, this.daysLeft(umbrella)] })))
                : { kind: 'paragraph', text: say('umbrellas.noneExpiring', { date: model.referenceDate }) }
        ];
    }

    private riskProfile(recipient: RecipientSummary): Cell {
        if (!recipient.weighingNote) {
            return this.missing('gap.noWeighingNote');
        }
        return recipient.elevatedRisk ? { text: this.say('risk.elevated'), risk: true } : { text: this.say('risk.normal') };
    }

    private recipients(): Block[] {
        const { model, say } = this;
        if (model.recipients.length === 0) {
            return [{ kind: 'paragraph', text: say('recipients.none') }];
        }
        const overview = this.table('recipients', '',
            ['column.recipient', 'column.country', 'column.riskProfile', 'column.weighingNote', 'column.reviewDue', 'column.provisions'],
            model.recipients.map(recipient => ({
                source: recipient.source,
                cells: [
                    this.text(recipient.name), this.text(recipient.country), this.riskProfile(recipient),
                    recipient.weighingNote ? this.text(recipient.weighingNote.name) : this.missing('gap.noWeighingNote'),
                    this.review(recipient),
                    this.number(recipient.provisions.total)
                ]
            })), [5]);
        return [overview, ...model.recipients.flatMap(recipient => this.recipientDetail(recipient))];
    }

    private review(recipient: RecipientSummary): Cell {
        const note = recipient.weighingNote;
        if (!note) {
            return this.missing('gap.noWeighingNote');
        }
        const status = note.reviewStatus;
        return status === 'noReviewDate'
            ? { text: `${this.say('missing')}: ${this.say('review.noReviewDate')}`, missing: true }
            : { text: this.say(`review.${status}`, { date: note.reviewDue ?? '' }), risk: status !== 'current' };
    }

    private recipientDetail(recipient: RecipientSummary): Block[] {
        const { say } = this;
        const blocks: Block[] = [{
            kind: 'heading',
            text: visibleText(recipient.title ? say('recipient.headingTitled', { name: recipient.name, title: recipient.title }) : say('recipient.heading', { name: recipient.name })),
            source: recipient.source
        }];
        const note = recipient.weighingNote;
        blocks.push(note
            ? this.table('recipient-note', '', ['column.weighingNote', 'column.assessed', 'column.method', 'column.reviewDue', 'column.riskProfile'], [{
                source: note.source,
                cells: [this.text(note.name), { text: note.assessed }, { text: say(note.method === 'joint' || note.method === 'legacy' ? `method.${note.method}` : 'method.unknown') }, this.review(recipient), this.riskProfile(recipient)]
            }])
            : { kind: 'paragraph', text: `${say('missing')}: ${say('gap.noWeighingNote')}`, missing: true });
        if (note && recipient.risks.length === 0) {
            blocks.push({ kind: 'paragraph', text: say('recipient.noRisks') });
        }
        if (recipient.risks.length > 0) {
            const rows = recipient.risks.flatMap(risk => {
                const criterion = { text: this.words(criterionLabel(risk.criterion)), risk: true };
                const reason = this.text(risk.reason);
                return risk.mitigations.length === 0
                    ? [{ source: risk.source, cells: [criterion, reason, this.missing('gap.noMitigation', { criterion: this.words(criterionLabel(risk.criterion)) }), { text: '' }] }]
                    : risk.mitigations.map(mitigation => ({ source: mitigation.source, cells: [criterion, reason, this.text(mitigation.description), this.text(mitigation.givenIn)] }));
            });
            blocks.push(this.table('recipient-risks', '', ['column.criterion', 'column.reason', 'column.mitigation', 'column.givenIn'], rows));
        }
        const byForm = recipient.provisions.byForm;
        const byType = recipient.provisions.byType;
        blocks.push({
            kind: 'table', id: 'recipient-by-form', caption: say('recipient.byForm'), sourced: false, sourceLabel: say('source'),
            columns: [...formKeys.map(form => say(`form.${form}`)), say('total')],
            numeric: [...formKeys.map(() => true), true],
            rows: [{ cells: [...formKeys.map(form => this.number(byForm[form])), this.number(recipient.provisions.total)] }]
        }, {
            kind: 'table', id: 'recipient-by-type', caption: say('recipient.byType'), sourced: false, sourceLabel: say('source'),
            columns: [...provisionTypes.map(type => say(`type.${type}`)), say('total')],
            numeric: [...provisionTypes.map(() => true), true],
            rows: [{ cells: [...provisionTypes.map(type => this.number(byType[type])), this.number(recipient.provisions.total)] }]
        });
        return blocks;
    }

    private share(count: number, total: number): Cell {
        return total === 0 ? { text: this.say('shareOfNone') } : { text: this.say('share', { count, total, share: count / total }), risk: count < total };
    }

    private coverage(): Block[] {
        const coverage = this.model.coverage;
        const row = (label: Key, count: number, total: number): Row => ({ cells: [{ text: this.say(label) }, this.share(count, total)] });
        return [
            { kind: 'paragraph', text: this.say('coverage.explanation') },
            this.table('coverage', '', ['column.measure', 'column.share'], [
                row('coverage.thirdPartyRule', coverage.thirdPartyRule, coverage.provisions),
                row('coverage.intelligenceUseOnly', coverage.intelligenceUseOnly, coverage.provisions),
                row('coverage.destructionRequest', coverage.destructionRequest, coverage.provisions),
                row('coverage.backgroundChecks', coverage.backgroundChecksWithDestructionRequest, coverage.backgroundChecks)
            ], [1])
        ];
    }

    private unevaluated(): Block[] {
        const { model, say } = this;
        if (model.unevaluated.length === 0) {
            return [{ kind: 'paragraph', text: say('unevaluated.none') }];
        }
        return [this.table('unevaluated', '', ['column.provision', 'column.date', 'column.recipientNames', 'column.approval', 'column.oversight'],
            model.unevaluated.map(provision => {
                const oversight = provision.oversight;
                const notified = oversight ? say(oversight.date ? 'notified' : 'notifiedUndated', { date: oversight.date ?? '' }) : undefined;
                return {
                    source: provision.source,
                    cells: [
                        this.text(provision.name), this.text(provision.date), this.text(provision.recipients.join(', ')),
                        this.approval(provision.approval),
                        notified === undefined ? this.missing('gap.oversightNotNotified') : { text: oversight!.inherited ? say('inherited', { text: notified }) : notified }
                    ]
                };
            }))];
    }

    private gapText(gap: Gap): string {
        const criterion = gap.criterion ? this.words(criterionLabel(gap.criterion)) : '';
        switch (gap.kind) {
            case 'noMitigation':
                return this.say('gap.noMitigationFor', { criterion, recipient: gap.recipient ?? '' });
            case 'noWeighingNote':
                return this.say('gap.noWeighingNoteFor', { recipient: gap.recipient ?? '' });
            default:
                return this.say(`gap.${gap.kind}`);
        }
    }

    private gaps(): Block[] {
        const { model, say } = this;
        if (model.gaps.length === 0) {
            return [{ kind: 'paragraph', text: say('gaps.none') }];
        }
        return [this.table('gaps', '', ['column.subject', 'column.gap'],
            model.gaps.map(gap => ({ source: gap.source, cells: [this.text(gap.subject), { text: `${say('missing')}: ${visibleText(this.gapText(gap))}`, missing: true }] })))];
    }

    private findings(): Block[] {
        const { model, say } = this;
        if (model.findings.items.length === 0) {
            return [{ kind: 'paragraph', text: say('findings.none') }];
        }
        const severity = (value: string) => say(`severity.${value}` as Key);
        return [
            this.table('findings-per-rule', '', ['column.rule', 'column.severity', 'column.count'],
                model.findings.byRule.map(entry => ({ cells: [{ text: entry.key || say('rule.none') }, { text: severity(entry.severity), risk: entry.severity === 'error' }, this.number(entry.count)] })), [2]),
            { kind: 'heading', text: say('findings.list') },
            this.table('findings', '', ['column.severity', 'column.rule', 'column.message'],
                model.findings.items.map(finding => ({ source: finding.source, cells: [{ text: severity(finding.severity), risk: finding.severity === 'error' }, { text: finding.rule ?? say('rule.none') }, this.text(finding.message)] })))
        ];
    }

    private deviations(): Block[] {
        const { model, say } = this;
        if (model.deviations.length === 0) {
            return [{ kind: 'paragraph', text: say('deviations.none') }];
        }
        return [this.table('deviations', '', ['column.rule', 'column.message', 'column.reason', 'column.until', 'column.approvedBy'],
            model.deviations.map(deviation => ({
                source: deviation.source,
                cells: [
                    { text: deviation.rule ?? say('rule.none') }, this.text(deviation.message), this.text(deviation.reason),
                    deviation.until ? { text: deviation.until } : { text: say('deviations.noEnd') },
                    deviation.approvedBy ? this.text(deviation.approvedBy) : { text: say('deviations.notStated') }
                ]
            })))];
    }

    private trends(): Block[] {
        const { model, say } = this;
        if (model.totals.provisions === 0) {
            return [{ kind: 'paragraph', text: say('trends.none') }];
        }
        const key = (text: string) => text ? visibleText(text) : say('unknownKey');
        const { perService, perRecipient } = model.trends;
        const perMonth = withEmptyMonths(model.trends.perMonth);
        return [
            { kind: 'chart', id: 'perMonth', title: say('chart.perMonth'), bars: perMonth.map(entry => ({ label: key(entry.key), value: entry.count })) },
            this.table('per-month', say('trends.perMonth'), ['column.month', 'column.count'], perMonth.map(entry => ({ cells: [{ text: key(entry.key) }, this.number(entry.count)] })), [1]),
            this.table('per-service', say('trends.perService'), ['column.service', 'column.count'], perService.map(entry => ({ cells: [{ text: key(entry.key) }, this.number(entry.count)] })), [1]),
            {
                kind: 'chart', id: 'perRecipient', title: say('chart.perRecipient'),
                bars: perRecipient.map(entry => ({ label: key(entry.key), value: entry.count, risk: entry.elevatedRisk })),
                legend: { elevated: say('chart.legendElevated'), normal: say('chart.legendNormal') }
            },
            this.table('per-recipient', say('trends.perRecipient'), ['column.recipient', 'column.riskProfile', 'column.count'],
                perRecipient.map(entry => ({ cells: [{ text: key(entry.key) }, entry.elevatedRisk ? { text: say('risk.elevated'), risk: true } : { text: say('risk.normal') }, this.number(entry.count)] })), [2]),
            { kind: 'paragraph', text: say('trends.groupNote') }
        ];
    }
}

/** Every month from the first to the last, so a month without provisions shows as 0. */
export function withEmptyMonths(tallies: ReadonlyArray<{ key: string; count: number }>): Array<{ key: string; count: number }> {
    const months = tallies.filter(entry => /^\d{4}-(0[1-9]|1[0-2])$/.test(entry.key));
    if (months.length === 0) {
        return [...tallies];
    }
    const counts = new Map(months.map(entry => [entry.key, entry.count]));
    const filled: Array<{ key: string; count: number }> = [];
    let [year, month] = months[0].key.split('-').map(Number);
    const last = months[months.length - 1].key;
    for (let key = months[0].key; key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
        filled.push({ key, count: counts.get(key) ?? 0 });
        [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    }
    return [...filled, ...tallies.filter(entry => !counts.has(entry.key))];
}

// Typing sends one change per keystroke, and Langium rebuilds on each, so a burst of
// keystrokes keeps the server busy long after the last one. Here a change still marks its
// documents as changed at once (so a request such as completion waits for the new text),
// but the build waits until the author has paused for a moment. A change during that pause
// cancels it, as Langium cancels a running build, and the next change's pause begins.
// While the author types faster than a build takes, the pause stretches to a little more than
// the time between keystrokes (within bounds): a build started sooner would be cancelled by
// the next keystroke, and its work would slow the one after the pause.
import { DefaultDocumentBuilder, DocumentState, OperationCancelled, type BuildOptions, type Cancellation, type LangiumDocument, type LangiumSharedCoreServices, type URI } from 'langium';

/** How long the author must pause, at least and at most, before changed documents are built. */
export const buildDelayMs = { least: 40, most: 200 };

/** How many of the last intervals between changes set the typing pace. */
const recentIntervals = 3;

export class ProvisioDocumentBuilder extends DefaultDocumentBuilder {
    private pauseFirst = false;
    private lastBuildMs = 0;
    private lastChangeAt = Number.NEGATIVE_INFINITY;
    /** The times between the last few changes: the shortest tells whether the author is typing, across the pauses between words. */
    private readonly recentIntervalsMs: number[] = [];
    /** Whether a document had unresolved references when it was last linked, and the other documents its references resolved into. */
    private readonly links = new WeakMap<LangiumDocument, { failed: boolean; targets: ReadonlySet<string> }>();

    constructor(services: LangiumSharedCoreServices, private readonly delayMs = buildDelayMs) {
        super(services);
        this.onDocumentPhase(DocumentState.Linked, document => {
            const own = document.uri.toString();
            const targets = new Set<string>();
            let failed = false;
            for (const reference of document.references) {
                failed ||= reference.error !== undefined;
                const target = 'ref' in reference ? reference.$nodeDescription?.documentUri.toString() : undefined;
                if (target !== undefined && target !== own) {
                    targets.add(target);
                }
            }
            this.links.set(document, { failed, targets });
        });
    }

    override async update(changed: URI[], deleted: URI[], cancelToken?: Cancellation.CancellationToken): Promise<void> {
        this.pauseFirst = changed.length > 0;
        if (this.pauseFirst) {
            const now = performance.now();
            this.recentIntervalsMs.push(now - this.lastChangeAt);
            if (this.recentIntervalsMs.length > recentIntervals) {
                this.recentIntervalsMs.shift();
            }
            this.lastChangeAt = now;
        }
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            this.pauseFirst = false;
        }
    }

    /**
     * Langium asks this of every document on every change, looking up the document's language
     * services each time. When the categories asked for are named, comparing them with those
     * already run answers it the same way.
     */
    protected override resultsAreIncomplete(document: LangiumDocument, options: BuildOptions | undefined): boolean {
        const state = this.buildState.get(document.uri.toString());
        const requested = typeof options?.validation === 'object' ? options.validation.categories : undefined;
        const executed = state?.completed ? state.result?.validationChecks : undefined;
        if (requested && executed) {
            return requested.some(category => !executed.includes(category));
        }
        return super.resultsAreIncomplete(document, options);
    }

    /**
     * Langium reads every reference of every document on every change, for linking errors and
     * for references into the changed documents; both are remembered from linking, so a
     * keystroke costs a set lookup per document.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const links = this.links.get(document);
        if (links === undefined || document.state < DocumentState.Linked) {
            return super.shouldRelink(document, changedUris);
        }
        if (links.failed) {
            return true;
        }
        for (const changed of changedUris) {
            if (links.targets.has(changed)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pause before a build. The first keystroke of a word follows a longer pause than the
     * ones within it; judged by that interval alone, it would start a build that the next
     * keystroke cancels. So the shortest of the last few intervals stands for the typing pace.
     */
    private pauseMs(): number {
        const { least, most } = this.delayMs;
        const typingIntervalMs = Math.min(...this.recentIntervalsMs);
        const typingOutpacesBuilds = typingIntervalMs < this.lastBuildMs;
        return typingOutpacesBuilds ? Math.min(Math.max(typingIntervalMs * 1.25, least), most) : least;
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        if (!this.pauseFirst) {
            return super.buildDocuments(documents, options, cancelToken);
        }
        this.pauseFirst = false;
        await pause(this.pauseMs(), cancelToken);
        const start = performance.now();
        await super.buildDocuments(documents, options, cancelToken);
        this.lastBuildMs = performance.now() - start;
    }
}

/** Waits `ms`, or less when cancelled; then throws if cancelled. */
function pause(ms: number, cancelToken: Cancellation.CancellationToken): Promise<void> {
    return new Promise((resolve, reject) => {
        const finish = () => {
            clearTimeout(timer);
            listener.dispose();
            if (cancelToken.isCancellationRequested) {
                reject(OperationCancelled);
            } else {
                resolve();
            }
        };
        const timer = setTimeout(finish, ms);
        const listener = cancelToken.onCancellationRequested(finish);
    });
}

// Typing sends one change per keystroke, and Langium rebuilds on each, so a burst of
// keystrokes keeps the server busy long after the last one. Here a change still marks its
// documents as changed at once (so a request such as completion waits for the new text),
// but the build waits until the author has paused for a moment. A change during that pause
// cancels it, as Langium cancels a running build, and the next change's pause begins.
import { DefaultDocumentBuilder, OperationCancelled, type BuildOptions, type Cancellation, type LangiumDocument, type LangiumSharedCoreServices, type URI } from 'langium';

/** How long the author must pause before changed documents are built. */
export const buildDelayMs = 40;

export class ProvisioDocumentBuilder extends DefaultDocumentBuilder {
    private pauseFirst = false;

    constructor(services: LangiumSharedCoreServices, private readonly delayMs = buildDelayMs) {
        super(services);
    }

    override async update(changed: URI[], deleted: URI[], cancelToken?: Cancellation.CancellationToken): Promise<void> {
        this.pauseFirst = changed.length > 0;
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            this.pauseFirst = false;
        }
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        if (this.pauseFirst) {
            this.pauseFirst = false;
            await pause(this.delayMs, cancelToken);
        }
        await super.buildDocuments(documents, options, cancelToken);
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

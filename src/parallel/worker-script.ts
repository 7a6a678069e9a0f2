// Where the script of a check worker is. Only the built CLI has it beside itself, so its entry
// point says where; without that (the code run from source, in tests) checks run in one thread.
let script: URL | undefined;

export function setCheckWorkerScript(location: URL): void {
    script = location;
}

export function checkWorkerScript(): URL | undefined {
    return script;
}

// The `provisio/checkWorkspace` request as both sides see it. Only types and plain values: the
// VS Code client imports this without pulling Langium into its bundle.
export const checkWorkspaceRequest = 'provisio/checkWorkspace';

export interface CheckWorkspaceResult {
    files: number;
    errors: number;
    warnings: number;
}

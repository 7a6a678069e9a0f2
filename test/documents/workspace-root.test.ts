import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { nodeConfigFileAccess } from '../../src/config/config-files.js';
import { workspaceRootOf, workspaceRoots } from '../../src/documents/workspace-root.js';

function tree(paths: string[]): string {
    const root = mkdtempSync(join(tmpdir(), 'provisio-root-'));
    for (const path of paths) {
        const full = join(root, path);
        if (path.endsWith('/')) {
            mkdirSync(full, { recursive: true });
        } else {
            mkdirSync(join(full, '..'), { recursive: true });
            writeFileSync(full, '');
        }
    }
    return root;
}

describe('the workspace of a path', () => {
    test('is the folder of the nearest provisio.config.* above it', () => {
        const root = tree(['repo/.git/', 'repo/justifications/provisio.config.yaml', 'repo/justifications/mivd/P-1.provisio']);
        expect(workspaceRootOf(join(root, 'repo/justifications/mivd/P-1.provisio'))).toBe(join(root, 'repo/justifications'));
        expect(workspaceRootOf(join(root, 'repo/justifications/mivd'))).toBe(join(root, 'repo/justifications'));
    });

    test('else the repository root; a configuration above the repository is never reached', () => {
        const root = tree(['provisio.config.yaml', 'repo/.git/', 'repo/mivd/P-1.provisio']);
        expect(workspaceRootOf(join(root, 'repo/mivd/P-1.provisio'))).toBe(join(root, 'repo'));
    });

    test('else the folder given, or the folder of the file given', () => {
        const root = tree(['loose/mivd/P-1.provisio']);
        // Nothing marks a workspace up to the file system root (the temporary folder has no .git or config).
        const files = { ...nodeConfigFileAccess, exists: (path: string) => path.startsWith(root) && existsSync(path) };
        expect(workspaceRootOf(join(root, 'loose/mivd'), files)).toBe(join(root, 'loose/mivd'));
        expect(workspaceRootOf(join(root, 'loose/mivd/P-1.provisio'), files)).toBe(join(root, 'loose/mivd'));
    });

    test('several paths of one workspace give one root; a root inside another is dropped', () => {
        const root = tree(['repo/.git/', 'repo/a/x.provisio', 'repo/b/y.provisio', 'repo/b/sub/provisio.config.json', 'repo/b/sub/z.provisio']);
        expect(workspaceRoots([join(root, 'repo/a/x.provisio'), join(root, 'repo/b/y.provisio'), join(root, 'repo/b/sub/z.provisio')])).toEqual([join(root, 'repo')]);
    });
});

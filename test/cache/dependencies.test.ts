// What a cached file's results depend on is worked out per file from the records of every file;
// a name declared in many files must not make that the square of the files.
import { describe, expect, test } from 'vitest';
import { WorkspaceDependencies, type DependencyInput } from '../../src/cache/dependencies.js';
import type { DeclarationRecord } from '../../src/cache/records.js';

describe('a name declared in many files', () => {
    test('the fingerprints of all files read each declaration\'s references a few times, not once per file', () => {
        const referencesRead = (files: number) => {
            let read = 0;
            // Counts the reads of a declaration's referenced names.
            const declaration = (): DeclarationRecord => ({
                name: 'R', type: 'Recipient', hash: 'h', line: 0,
                references: new Proxy(['AIVD'], { get: (target, key, receiver) => (key === '0' && read++, Reflect.get(target, key, receiver)) })
            });
            const inputs = new Map<string, DependencyInput>(Array.from({ length: files }, (_, index) => [`/w/f-${index}.provisio`, {
                content: `c${index}`, declarations: [declaration()], references: ['R'], motivations: [], motivationDigest: '', checked: { unresolved: false, related: [] }
            }]));
            const dependencies = new WorkspaceDependencies(inputs);
            const fingerprints = new Set([...inputs.keys()].map(path => dependencies.fingerprint(path)));
            expect(fingerprints.size).toBe(1);
            return read;
        };
        const [small, large] = [referencesRead(100), referencesRead(400)];
        // Following the name through every declaration for every file reads 16 times as many for 4 times the files.
        expect(large / small).toBeLessThan(6);
    });
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
    root: fileURLToPath(new URL('..', import.meta.url)),
    test: {
        include: ['test/**/*.test.ts'],
        setupFiles: ['test/setup.ts'],
        // The CLI and language-server tests start processes; the machine has two cores.
        testTimeout: 30_000
    }
});

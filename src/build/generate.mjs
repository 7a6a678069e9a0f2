// Runs `langium generate` with the Object.groupBy polyfill loaded first.
//
// Langium warns about every clause assigned with `=` inside a repeated group. Provisio's
// blocks are written that way on purpose so clauses can come in any order; a clause
// written twice is reported to the author as an error (see src/language/structure-checks.ts),
// so those warnings are dropped here. Every other line is passed through unchanged.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const langiumCli = fileURLToPath(new URL('../../node_modules/langium-cli/bin/langium.js', import.meta.url));
const result = spawnSync(process.execPath, ['--require', 'object.groupby/auto', langiumCli, 'generate'], { encoding: 'utf8' });
const handledWarning = /Found multiple assignments to '\w+' with the '\??=' assignment operator/;
const keep = (text) => text.split('\n').filter(line => !handledWarning.test(line)).join('\n');
process.stdout.write(keep(result.stdout ?? ''));
process.stderr.write(keep(result.stderr ?? ''));
process.exit(result.status ?? 1);

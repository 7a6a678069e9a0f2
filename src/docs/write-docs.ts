// `npm run docs`: rewrites the generated parts of README.md and docs/rules.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { fillGeneratedSections, ruleReference } from './reference.js';

const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', fillGeneratedSections(readme));
writeFileSync('docs/rules.md', ruleReference());
process.stdout.write('Updated README.md and docs/rules.md from the rule registry.\n');

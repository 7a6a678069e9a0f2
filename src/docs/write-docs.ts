// `npm run docs`: rewrites the generated parts of README.md, the rule reference in each
// language, and every rule's page with its examples as the checker sees them.
import '../polyfill.js';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { locales } from '../i18n/messages.js';
import { fillGeneratedSections, ruleReference, ruleReferenceFiles } from './reference.js';
import { rulePagesFolder, writtenRulePages } from './rule-page-files.js';
import { configSchemaFile, configSchemaText } from '../config/config-schema.js';

const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', fillGeneratedSections(readme));
for (const locale of locales) {
    writeFileSync(ruleReferenceFiles[locale], ruleReference(locale));
}
const pages = await writtenRulePages('.');
for (const [file, text] of pages) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
}
// A page of a rule that was renamed or removed would otherwise stay behind.
for (const entry of readdirSync(rulePagesFolder, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name).split('\\').join('/');
    if (entry.isFile() && !pages.has(file)) {
        rmSync(file);
    }
}
writeFileSync(configSchemaFile, configSchemaText());
process.stdout.write(`Updated README.md, ${Object.values(ruleReferenceFiles).join(', ')}, ${configSchemaFile} and ${pages.size} rule pages in ${rulePagesFolder}/ from the rule registry and examples/.\n`);

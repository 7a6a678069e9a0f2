// `npm run docs`: rewrites the generated parts of README.md and the rule reference in each language.
import { readFileSync, writeFileSync } from 'node:fs';
import { locales } from '../i18n/messages.js';
import { fillGeneratedSections, ruleReference, ruleReferenceFiles } from './reference.js';
import { configSchemaFile, configSchemaText } from '../config/config-schema.js';

const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', fillGeneratedSections(readme));
for (const locale of locales) {
    writeFileSync(ruleReferenceFiles[locale], ruleReference(locale));
}
writeFileSync(configSchemaFile, configSchemaText());
process.stdout.write(`Updated README.md, ${Object.values(ruleReferenceFiles).join(' and ')} and ${configSchemaFile} from the rule registry.\n`);

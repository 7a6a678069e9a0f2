// The words of a rule's documentation page (docs/rules/<category>/<name>.md and .nl.md).
// Rule ids, keywords and file names stay as written.
import { defineMessages } from '../i18n/messages.js';

export const messages = defineMessages('rulePages', {
    generated: 'Generated from the rule registry and examples/ by `npm run docs`; do not edit by hand.',
    otherLanguage: 'Nederlands: [{file}]({file}) · All rules: [rules.md](../../rules.md)',
    reviewerRule: '**Reviewer\'s rule:** [rule {number}](../../domain.md#rule-{number}) in the domain description',
    why: 'Why',
    source: '**Source:** {source}',
    options: 'Options',
    configure: 'In `provisio.config.yaml`, with the default values:',
    failing: 'Failing example',
    passing: 'Passing example',
    from: 'From [`{file}`]({link}):',
    reports: 'Provisio reports:',
    finding: 'line {line} of the file, {severity}: {message}',
    clean: 'Provisio reports nothing for this file.',
    missing: 'There is no example yet: add `{file}`.'
}, {
    generated: 'Gegenereerd uit het regelregister en examples/ met `npm run docs`; niet met de hand bewerken.',
    otherLanguage: 'English: [{file}]({file}) · Alle regels: [rules.nl.md](../../rules.nl.md)',
    reviewerRule: '**Toetsingsregel:** [regel {number}](../../domain.md#rule-{number}) in de domeinbeschrijving',
    why: 'Waarom',
    source: '**Bron:** {source}',
    options: 'Opties',
    configure: 'In `provisio.config.yaml`, met de standaardwaarden:',
    failing: 'Voorbeeld dat de regel overtreedt',
    passing: 'Voorbeeld dat aan de regel voldoet',
    from: 'Uit [`{file}`]({link}):',
    reports: 'Provisio meldt:',
    finding: 'regel {line} van het bestand, {severity}: {message}',
    clean: 'Provisio meldt niets voor dit bestand.',
    missing: 'Er is nog geen voorbeeld: voeg `{file}` toe.'
});

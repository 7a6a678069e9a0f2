// The descriptions of the configuration's keys, shown by editors that read the configuration's
// JSON Schema (hover and completion in provisio.config.yaml|yml|json).
import { defineMessages } from '../i18n/messages.js';

export const schemaMessages = defineMessages('configSchema', {
    title: 'Provisio configuration',
    description: 'provisio.config.yaml, .yml or .json: the rules\' severities and options, the files left out, and per-folder overrides. It applies to every .provisio file in its folder and the folders below it.',
    rules: 'A severity (error, warning, info, hint or off) for each rule, or a mapping with `severity` and the rule\'s options. Run `provisio rules` to list the rules.',
    severity: 'error, warning, info and hint report findings at that severity; off does not run the rule.',
    maxFileSize: 'The largest .provisio file read, such as 20MB, 500KB or a number of bytes; a larger file is reported and skipped. Default: 20MB.',
    language: 'The language of messages: en (English) or nl (Dutch). Default: from the environment (LC_ALL, LC_MESSAGES, LANG), else English.',
    defaultClassification: 'The marking `provisio summary` assumes for a file that has none.',
    docsBaseUrl: 'Where the rule pages that findings link to are published: an absolute http(s) or file URL under which `docs/rules/` lies. Without it, links point into the installed package.',
    ignores: 'Files not checked and not loaded, as gitignore patterns relative to this file\'s folder, such as `drafts/` or `archive/**`.',
    overrides: 'Rule settings for some files. Each override has `files` (gitignore patterns relative to this file\'s folder) and `rules`; a later override wins over an earlier one.',
    overrideFiles: 'The files this override applies to, as gitignore patterns relative to this file\'s folder.',
    ruleDefault: '{description} Default: {severity}.'
}, {
    title: 'Provisio-configuratie',
    description: 'provisio.config.yaml, .yml of .json: de ernst en opties van de regels, de bestanden die worden overgeslagen, en afwijkende instellingen per map. Geldt voor elk .provisio-bestand in de map en de mappen daaronder.',
    rules: 'Een ernst (error, warning, info, hint of off) per regel, of een mapping met `severity` en de opties van de regel. Voer `provisio rules` uit voor de lijst van regels.',
    severity: 'error, warning, info en hint melden bevindingen met die ernst; off voert de regel niet uit.',
    maxFileSize: 'Het grootste .provisio-bestand dat wordt gelezen, zoals 20MB, 500KB of een aantal bytes; een groter bestand wordt gemeld en overgeslagen. Standaard: 20MB.',
    language: 'De taal van meldingen: en (Engels) of nl (Nederlands). Standaard: uit de omgeving (LC_ALL, LC_MESSAGES, LANG), anders Engels.',
    defaultClassification: 'De rubricering die `provisio summary` aanneemt voor een bestand zonder rubricering.',
    docsBaseUrl: 'Waar de regelpagina\'s staan waarnaar bevindingen linken: een absolute http(s)- of file-URL waaronder `docs/rules/` staat. Zonder deze sleutel wijzen links naar het geïnstalleerde pakket.',
    ignores: 'Bestanden die niet worden gecontroleerd of geladen, als gitignore-patronen ten opzichte van de map van dit bestand, zoals `drafts/` of `archive/**`.',
    overrides: 'Instellingen van regels voor een deel van de bestanden. Elke override heeft `files` (gitignore-patronen ten opzichte van de map van dit bestand) en `rules`; een latere override gaat voor een eerdere.',
    overrideFiles: 'De bestanden waarvoor deze override geldt, als gitignore-patronen ten opzichte van de map van dit bestand.',
    ruleDefault: '{description} Standaard: {severity}.'
});

// What `provisio init` says and writes: its help, its report, and the comments and example
// prose of the files it creates. Keywords of the language and configuration keys stay as written.
import { defineMessages } from '../i18n/messages.js';

export const initMessages = defineMessages('init', {
    description: 'create provisio.config.yaml (commented) in a folder, and in an empty folder also a registry and a first provision to edit',
    folder: 'the folder to set up; created when missing',
    created: 'Created {files}.',
    next: 'Edit {provision}, then run `provisio check`.',
    nextConfigOnly: 'Run `provisio check` to check the .provisio files here.',
    exists: '{file} already exists; provisio init never overwrites a file. Edit it, or remove it first.',
    notFolder: '{folder} is not a folder.',
    'config.header': 'Provisio configuration. It applies to every .provisio file in this folder and in the folders below it.\nEditors with the Provisio extension complete and check the keys of this file.',
    'config.language': 'The language of messages: en (English) or nl (Dutch).',
    'config.ignores': 'Files not checked and not loaded, as gitignore patterns relative to this folder.',
    'config.rules': 'Every rule with its default severity: error, warning, info, hint, or off to switch it off.\nUncomment a rule to change it; `provisio rules` lists what each rule checks, the README its options.',
    'config.overrides': 'Other rule settings for some files, as gitignore patterns; a later override wins over an earlier one.',
    'registry.services': 'The two Dutch services that provide data (verstrekkende diensten). Every provision names one of them with `by`.',
    'registry.recipient': 'A foreign service (buitenlandse dienst), with the weighing note (wegingsnotitie) that governs the cooperation.\nReplace it with the services you provide data to, and their notes as assessed.',
    'registry.recipientName': 'Example Security Service',
    'provision.comment': 'A first provision to edit: replace the recipient, the data and the motivation with the case at hand,\nthen run `provisio check`. Each provision is best kept in a file of its own.',
    'provision.subjects': 'the person this provision is about: say who, and why the recipient needs to know',
    'provision.necessity': 'Replace this text with the motivation of the case: which task of the service this provision serves, why the recipient needs exactly this data, what it will do with it, and why less data, or no provision at all, would not do.'
}, {
    description: 'maak provisio.config.yaml (met toelichting) in een map, en in een lege map ook een register en een eerste verstrekking om te bewerken',
    folder: 'de map die wordt ingericht; wordt gemaakt als die ontbreekt',
    created: '{files} gemaakt.',
    next: 'Bewerk {provision} en voer daarna `provisio check` uit.',
    nextConfigOnly: 'Voer `provisio check` uit om de .provisio-bestanden hier te controleren.',
    exists: '{file} bestaat al; provisio init overschrijft nooit een bestand. Bewerk het, of verwijder het eerst.',
    notFolder: '{folder} is geen map.',
    'config.header': 'Provisio-configuratie. Geldt voor elk .provisio-bestand in deze map en in de mappen daaronder.\nEditors met de Provisio-extensie vullen de sleutels van dit bestand aan en controleren ze.',
    'config.language': 'De taal van meldingen: en (Engels) of nl (Nederlands).',
    'config.ignores': 'Bestanden die niet worden gecontroleerd of geladen, als gitignore-patronen ten opzichte van deze map.',
    'config.rules': 'Alle regels met hun standaardernst: error, warning, info, hint, of off om de regel uit te zetten.\nHaal het commentaarteken weg om een regel aan te passen; `provisio rules` toont wat elke regel controleert, de README de opties.',
    'config.overrides': 'Andere instellingen van regels voor een deel van de bestanden, als gitignore-patronen; een latere override gaat voor een eerdere.',
    'registry.services': 'De twee Nederlandse diensten die gegevens verstrekken (verstrekkende diensten). Elke verstrekking noemt er een met `by`.',
    'registry.recipient': 'Een buitenlandse dienst, met de wegingsnotitie die de samenwerking bepaalt.\nVervang deze door de diensten waaraan u gegevens verstrekt, en hun wegingsnotities zoals vastgesteld.',
    'registry.recipientName': 'Voorbeeld Veiligheidsdienst',
    'provision.comment': 'Een eerste verstrekking om te bewerken: vervang de buitenlandse dienst, de gegevens en de motivering door die van de zaak,\nen voer daarna `provisio check` uit. Zet elke verstrekking bij voorkeur in een eigen bestand.',
    'provision.subjects': 'de persoon om wie het gaat: zeg wie, en waarom de buitenlandse dienst dit moet weten',
    'provision.necessity': 'Vervang deze tekst door de motivering van de zaak: welke taak van de dienst deze verstrekking dient, waarom de buitenlandse dienst juist deze gegevens nodig heeft, wat die ermee gaat doen, en waarom minder gegevens, of geen verstrekking, niet volstaat.'
});

// What `provisio check --fix` and `--fix-dry-run` say.
import { defineMessages } from '../i18n/messages.js';

export const messages = defineMessages('fix', {
    'option.fix': 'apply the fixes the rules offer (those that leave the author nothing to fill in or decide), then report what remains',
    'option.fixDryRun': 'show what --fix would change, as a diff (text) or as each result\'s `output` (json), without writing any file',
    bothModes: '--fix and --fix-dry-run cannot be used together: choose one.',
    summary: '{dryRun, select, yes {--fix would apply} other {Applied}} {fixes, plural, one {# fix} other {# fixes}} to {files, plural, one {# file} other {# files}}.',
    nothing: 'No fix to apply.',
    skippedSyntax: '{file} has a syntax error; no fix was applied to it.',
    cannotWrite: 'Cannot write the fixes to {file}: {reason}'
}, {
    'option.fix': 'pas de oplossingen van de regels toe (alleen die de auteur niets laten invullen of beslissen) en meld wat overblijft',
    'option.fixDryRun': 'toon wat --fix zou wijzigen, als diff (text) of als `output` per resultaat (json), zonder een bestand te schrijven',
    bothModes: '--fix en --fix-dry-run gaan niet samen: kies er één.',
    summary: '{dryRun, select, yes {--fix zou {fixes, plural, one {# oplossing} other {# oplossingen}} toepassen} other {{fixes, plural, one {# oplossing} other {# oplossingen}} toegepast}} in {files, plural, one {# bestand} other {# bestanden}}.',
    nothing: 'Geen oplossing om toe te passen.',
    skippedSyntax: '{file} bevat een syntaxfout; daarin is geen oplossing toegepast.',
    cannotWrite: 'Kan de oplossingen niet schrijven naar {file}: {reason}'
});

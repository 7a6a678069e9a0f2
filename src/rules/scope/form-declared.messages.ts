import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages('scope/form-declared', {
    description: 'A provision or umbrella declares the form of the data: analytical, evaluated, unevaluated or bulk.',
    rationale: 'CTIVD report 65 found that the line between evaluated and unevaluated data was unclear. The form decides which approval and which notification a provision needs, so it is stated, not guessed.',
    source: 'CTIVD report 65',
    fix: 'Adds `form <form>` as the first line of the `data` or `scope` block, one fix per form (only the umbrella\'s forms under an umbrella that names them). The form decides which approval and notification the provision needs, so the rules then judge it by the chosen form. Offered in the editor only: `provisio check --fix` never chooses a form.',
    declareForm: 'Declare the data as `{form}`',
    undeclared: '{subject} does not declare the form of the data. Add `form analytical`, `evaluated`, `unevaluated` or `bulk` to its `{block}` block.'
}, {
    description: 'Een verstrekking of overkoepelende toestemming vermeldt in welke vorm de gegevens worden verstrekt: als analyseproduct, als geëvalueerde of ongeëvalueerde gegevens, of als bulkdata.',
    rationale: 'Volgens CTIVD-rapport 65 was de grens tussen geëvalueerde en ongeëvalueerde gegevens onduidelijk. De vorm bepaalt welke toestemming en welke melding een verstrekking nodig heeft; daarom wordt zij vermeld en niet afgeleid.',
    source: 'CTIVD-rapport 65',
    fix: 'Voegt `form <vorm>` toe als eerste regel van het blok `data` of `scope`, met een oplossing per vorm (onder een overkoepelende toestemming die vormen noemt alleen die vormen). De vorm bepaalt welke toestemming en melding de verstrekking nodig heeft; de regels beoordelen haar daarna naar de gekozen vorm. Alleen in de editor: `provisio check --fix` kiest nooit een vorm.',
    declareForm: 'Vermeld de vorm van de gegevens als `{form}`',
    undeclared: '{subject} vermeldt niet in welke vorm de gegevens worden verstrekt. Voeg `form analytical`, `evaluated`, `unevaluated` of `bulk` toe aan het blok `{block}`.'
});

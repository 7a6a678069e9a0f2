import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages('scope/bounded', {
    description: 'The data scope says whose data (with a count), which categories, which period, and why bulk data is needed.',
    rationale: 'Scoping (afbakening) was one of the two main defects CTIVD report 73 found. A provision gives only the data the motivation needs: named subjects, a few categories, a bounded period.',
    source: 'Policy response of 12 October 2021; CTIVD report 73',
    'option.maxCategories': 'The most data categories one provision or umbrella may name.',
    'option.maxPeriodMonths': 'The longest period, in months, the data of a provision may cover.',
    'option.maxBackgroundCheckPeriodMonths': 'The longest period, in months, a background check may cover; a screening looks back over years of residence abroad.',
    noScope: '{subject} has no data scope. {kind, select, umbrella {Add a `scope \'{ … }\'` block with the subjects, the categories and the form of the data.} other {Add a `data \'{ … }\'` block with the subjects, the categories, the period and the form of the data.}}',
    noSubjects: '{subject} does not say whose data it gives. Add `subjects <count> "<which persons>"`.',
    allSubjects: '{subject} gives data on all subjects. Name which persons and how many: `subjects <count> "<which persons>"`.',
    uncountedSubjects: '{subject} does not say how many subjects it concerns. Add the number, e.g. `subjects 3 "…"`, or `subjects at-most 40 "…"` for an umbrella.',
    undescribedSubjects: '{subject} does not say which persons the data is about. Describe them after the count, e.g. `subjects {count} "persons under investigation in …"`.',
    allCategories: '{subject} gives all categories of data. Name only the categories the motivation needs.',
    noCategories: '{subject} does not name the categories of data. Add `categories …` naming only what the motivation needs.',
    tooManyCategories: '{subject} names {count} categories of data; {maximum, plural, one {at most # is expected} other {at most # are expected}}. Keep only the categories the motivation needs.',
    noPeriod: '{subject} does not say which period the data covers. Add `period <from> to <to>`.',
    longPeriod: '{subject} covers data from {from} to {to}, longer than {maximum, plural, one {# month} other {# months}}. Narrow the period to what the motivation needs.',
    unjustifiedBulk: '{subject} gives bulk data without saying why. Add `bulk-justification """…"""` explaining why selected data will not do.'
}, {
    description: 'De afbakening vermeldt over wie de gegevens gaan (met een aantal), welke categorieën gegevens worden verstrekt, over welke periode, en waarom bulkdata nodig is.',
    rationale: 'De afbakening was een van de twee belangrijkste gebreken die de CTIVD in rapport 73 vaststelde. Een verstrekking bevat alleen de gegevens die de motivering nodig maakt: benoemde personen, enkele categorieën gegevens en een begrensde periode.',
    source: 'Beleidsreactie van 12 oktober 2021; CTIVD-rapport 73',
    'option.maxCategories': 'Het maximale aantal categorieën gegevens dat één verstrekking of overkoepelende toestemming mag noemen.',
    'option.maxPeriodMonths': 'De langste periode, in maanden, waarover de gegevens van een verstrekking mogen gaan.',
    'option.maxBackgroundCheckPeriodMonths': 'De langste periode, in maanden, waarover een naslagverzoek mag gaan; een veiligheidsonderzoek kijkt jaren terug naar verblijf in het buitenland.',
    noScope: '{subject} bevat geen afbakening van de gegevens. {kind, select, umbrella {Voeg een blok `scope \'{ … }\'` toe met de personen, de categorieën en de vorm van de gegevens.} other {Voeg een blok `data \'{ … }\'` toe met de personen, de categorieën, de periode en de vorm van de gegevens.}}',
    noSubjects: '{subject} vermeldt niet over wie de gegevens gaan. Voeg `subjects <aantal> "<welke personen>"` toe.',
    allSubjects: '{subject} verstrekt gegevens over alle personen. Noem over welke personen het gaat en hoeveel: `subjects <aantal> "<welke personen>"`.',
    uncountedSubjects: '{subject} vermeldt niet om hoeveel personen het gaat. Voeg het aantal toe, bijvoorbeeld `subjects 3 "…"`, of bij een overkoepelende toestemming `subjects at-most 40 "…"`.',
    undescribedSubjects: '{subject} vermeldt niet over welke personen de gegevens gaan. Vermeld na het aantal om welke personen het gaat, bijvoorbeeld `subjects {count} "personen in onderzoek bij …"`.',
    allCategories: '{subject} verstrekt alle categorieën gegevens. Noem alleen de categorieën die de motivering nodig maakt.',
    noCategories: '{subject} noemt geen categorieën gegevens. Voeg `categories …` toe met alleen de categorieën die de motivering nodig maakt.',
    tooManyCategories: '{subject} noemt {count} categorieën gegevens; {maximum, plural, other {het maximum is #}}. Houd alleen de categorieën die de motivering nodig maakt.',
    noPeriod: '{subject} vermeldt niet over welke periode de gegevens gaan. Voeg `period <van> to <tot>` toe.',
    longPeriod: '{subject} betreft gegevens van {from} tot {to}, langer dan {maximum, plural, one {# maand} other {# maanden}}. Beperk de periode tot wat de motivering nodig maakt.',
    unjustifiedBulk: '{subject} verstrekt bulkdata zonder te motiveren waarom. Voeg `bulk-justification """…"""` toe en leg uit waarom geselecteerde gegevens niet volstaan.'
});

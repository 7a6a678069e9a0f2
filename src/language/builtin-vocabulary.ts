// The data categories that ship with the language. It is loaded as a read-only document
// beside the workspace, so categories resolve like any other name and a project can add
// its own with `category`.

export const builtinVocabularyUri = 'provisio-builtin:/vocabulary.provisio';

export const builtinVocabulary = `// Built-in data categories of the Provisio language (read-only).
// Declare further categories in your own files: category <name> "<description>"

category identity "Name, date and place of birth, nationality, identity documents"
category contact "Addresses, telephone numbers, e-mail addresses"
category residence "Places and periods of residence"
category travel "Journeys, bookings, border crossings"
category financial "Bank accounts, transactions, assets"
category employment "Employers, positions, education and training"
category family "Relatives and other close relations"
category communications-metadata "Who communicated with whom, when and how; not the content"
category communications-content "The content of communications"
category online-identifiers "Accounts, handles, IP addresses, device identifiers"
category location "Whereabouts at given times"
category vehicle "Vehicles owned or used"
category criminal-record "Convictions and judicial data"
category photograph "Photographs and video images of the person"
category biometric "Fingerprints, facial images used for identification, DNA"
category health "Physical or mental health"
category political-opinion "Political opinions and memberships"
category religion "Religious or philosophical beliefs"
category ethnicity "Racial or ethnic origin"
category sexual-orientation "Sexual life or orientation"
category trade-union "Trade union membership"
`;

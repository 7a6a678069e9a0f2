// A small workspace for the `check` flag tests: a registry and a provision that checks clean.
export const registry = `classification "DEPARTEMENTAAL VERTROUWELIJK"
service AIVD "Algemene Inlichtingen- en Veiligheidsdienst"
recipient WestlandNIS "Westland National Intelligence Service" {
    weighing-note WN-2022-02 {
        assessed 2022-01-10 method joint
        review-due 2024-01-10
        democratic-anchoring adequate
        human-rights adequate
        professionalism adequate
        legal-powers adequate
        data-protection adequate
        permits analytical, personal-data
    }
}
`;

export const cleanProvision = `provision P-2022-0031 {
    by AIVD
    to WestlandNIS
    date 2022-03-01
    data {
        form analytical
        subjects 2 "members of a network planning an attack in the Netherlands"
        categories identity, travel
        period 2021-09-01 to 2022-02-28
    }
    necessity """
        Westland's service is investigating the same network and holds the flight bookings
        that show when the two members meet abroad. Sharing the identity and travel data of
        these two members lets Westland match its bookings to them and warn us in time.
    """
    conditions third-party-rule, intelligence-use-only
    approved mandated-official on 2022-02-27
}
`;

/** The clean provision without its conditions: one warning (conditions/standard-conditions). */
export const provisionWithoutConditions = cleanProvision.replace('    conditions third-party-rule, intelligence-use-only\n', '');

/** The same provision under another id, for a second file. */
export function renamed(text: string, id: string): string {
    return text.replace('P-2022-0031', id);
}

/** Motivations of their own, so that files built from the same provision are not near-copies of each other. */
const ownMotivations: Record<string, string> = {
    'P-2022-0032': 'Two members of the network will meet in Westland next month; its service can observe the meeting only if it knows who they are and when they travel.',
    'P-2022-0040': 'A courier of the network uses Westland airports; only its service can tell from passenger lists which of his trips are meetings with the two members.',
    'P-2022-0041': 'Westland prosecutors are preparing a case against the network and its service needs our data on these two members to link them to the money transfers it found.',
    'P-2022-0042': 'The network recruits in Westland universities, and its service wants to warn the two students approached this year against the members named in our reporting.',
    'P-2022-0050': 'After the arrests in Rotterdam the network moved its planning to Westland, where its service has no picture yet of the two members who now lead it there.'
};

/** The provision without conditions under another id, with a motivation of its own: one warning (conditions/standard-conditions). */
export function anotherProvisionWithoutConditions(id: string): string {
    const motivation = ownMotivations[id];
    if (!motivation) {
        throw new Error(`No motivation of its own for ${id}; add one to ownMotivations.`);
    }
    return provisionWithoutConditions
        .replace('P-2022-0031', id)
        .replace(/ {4}necessity """\n[\s\S]*?\n {4}"""/, `    necessity """\n        ${motivation}\n    """`);
}

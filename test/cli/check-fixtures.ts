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

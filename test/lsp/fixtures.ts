// The registry the server tests share: the MIVD and EastmarkGIS, a recipient with an elevated
// risk profile (human rights assessed as a risk).
export const registry = `service MIVD "Militaire Inlichtingen- en Veiligheidsdienst"
recipient EastmarkGIS "Eastmark General Intelligence Service" {
    weighing-note WN-XE-2021-11 {
        assessed 2021-11-02 method joint
        review-due 2023-11-02
        democratic-anchoring adequate
        human-rights risk "Detainees reported ill-treated after arrest on foreign information"
        professionalism adequate
        legal-powers adequate
        data-protection adequate
        permits analytical, personal-data
    }
}
`;

namespace Employment.Seed.Places;

/// <summary>A council area: its share of people, its postcode districts and the places employers are named after.</summary>
internal sealed record DemoArea(
    string OnsCode,
    string Name,
    double Share,
    string Side,
    string EmailDomain,
    IReadOnlyList<string> Districts,
    IReadOnlyList<string> Places);

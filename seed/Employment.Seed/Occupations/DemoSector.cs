namespace Employment.Seed.Occupations;

/// <summary>A kind of employer: the jobs it usually has, whether it takes volunteers, and patterns for its name ({place}, {surname}, {word}).</summary>
internal sealed record DemoSector(string Name, double Weight, bool TakesVolunteers, IReadOnlyList<string> SocCodes, IReadOnlyList<string> NamePatterns);

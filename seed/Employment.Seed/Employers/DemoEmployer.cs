using Employment.Core.Employers;
using Employment.Seed.Occupations;
using Employment.Seed.Places;

namespace Employment.Seed.Employers;

/// <summary>An employer with what the generator needs to post its opportunities: where it is, its trade and how big it is.</summary>
internal sealed record DemoEmployer(Employer Employer, DemoArea Area, string District, DemoSector Sector, double Size);

namespace Employment.Seed;

/// <summary>Each part of the world draws from its own seeded stream, so a change in one leaves the others as they were.</summary>
internal enum DemoPart
{
    Staff = 1,
    Employers,
    Opportunities,
    Coaches,
    JobSeekers,
    Placements,
    EmployerUsers,
}

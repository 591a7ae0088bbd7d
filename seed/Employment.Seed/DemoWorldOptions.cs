namespace Employment.Seed;

/// <summary>What to generate. The same options always give exactly the same world.</summary>
public sealed record DemoWorldOptions
{
    public int Seed { get; init; } = 20261101;

    /// <summary>The day the world is seen from; nothing reads the clock so reruns match.</summary>
    public DateOnly Today { get; init; } = new(2026, 11, 1);

    public int JobSeekers { get; init; } = 3000;
    public int Employers { get; init; } = 300;
    public int PendingEmployers { get; init; } = 5;
    public int Opportunities { get; init; } = 3000;

    /// <summary>Employers (besides the demo ones) that get a sign-in of their own.</summary>
    public int EmployerUsers { get; init; } = 20;

    public int CaseloadSize { get; init; } = 20;
}

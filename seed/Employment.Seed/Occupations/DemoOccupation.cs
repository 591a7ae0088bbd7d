namespace Employment.Seed.Occupations;

/// <summary>A job often found in supported employment: its SOC unit group, how a vacancy names it and what it involves.</summary>
internal sealed record DemoOccupation(string SocCode, string Title, double Weight, IReadOnlyList<string> Skills, string Duties);

using Employment.Core.Accounts;

namespace Employment.Seed;

/// <summary>A job coach and the council (by ONS code) they work for.</summary>
public sealed record DemoCoach(AppUser User, string CouncilOnsCode);

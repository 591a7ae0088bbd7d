using Employment.Core.Accounts;

namespace Employment.Seed;

/// <summary>A user and the role they sign in with.</summary>
public sealed record DemoSignIn(AppUser User, string Role);

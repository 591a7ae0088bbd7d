using Bogus;
using Employment.Core.Accounts;
using Employment.Seed.Randomness;

namespace Employment.Seed.People;

internal static class UserFactory
{
    /// <summary>A signed-up, confirmed user; the loader sets the password hash.</summary>
    public static AppUser Create(Randomizer random, string displayName, string email, DateTimeOffset createdAt, Guid? employerId = null) => new()
    {
        Id = random.NextGuid(),
        DisplayName = displayName,
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true,
        SecurityStamp = random.NextGuid().ToString("N").ToUpperInvariant(),
        ConcurrencyStamp = random.NextGuid().ToString(),
        LockoutEnabled = true,
        EmployerId = employerId,
        CreatedAt = createdAt,
    };
}

using Bogus;
using Employment.Core.Employers;

namespace Employment.Tests.Infrastructure;

/// <summary>Small factories so each test makes the rows it needs.</summary>
public static class TestData
{
    private static readonly Faker Faker = new("en_GB");

    public static Employer Employer(ApprovalStatus approval = ApprovalStatus.Approved) => new()
    {
        Name = Faker.Company.CompanyName(),
        Sector = "Retail",
        DcLevel = DisabilityConfidentLevel.Committed,
        DcValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2),
        Approval = approval,
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };
}

using Employment.Core.Employers;

namespace Employment.Tests.Infrastructure;

public sealed partial class TestData
{
    /// <summary>An approved, Disability Confident (committed) retail employer with a made-up name.</summary>
    public Task<Employer> CreateEmployerAsync(Action<EmployerBuilder>? configure = null) => SaveAsync(db =>
    {
        var builder = new EmployerBuilder();
        configure?.Invoke(builder);
        var employer = builder.Build();
        db.Employers.Add(employer);
        return Task.FromResult(employer);
    });
}

public sealed class EmployerBuilder
{
    private readonly Employer _employer = new()
    {
        Name = TestData.Faker.Company.CompanyName(),
        Sector = "Retail",
        DcLevel = DisabilityConfidentLevel.Committed,
        DcValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2),
        Approval = ApprovalStatus.Approved,
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    public EmployerBuilder Named(string name) => With(e => e.Name = name);

    public EmployerBuilder WithApproval(ApprovalStatus approval) => With(e => e.Approval = approval);

    public EmployerBuilder Pending() => WithApproval(ApprovalStatus.Pending);

    public EmployerBuilder DisabilityConfident(DisabilityConfidentLevel level, DateOnly? since, DateOnly? validUntil) =>
        With(e => (e.DcLevel, e.DcSince, e.DcValidUntil) = (level, since, validUntil));

    public EmployerBuilder DisabilityConfidentUntil(DateOnly validUntil) => With(e => e.DcValidUntil = validUntil);

    /// <summary>Anything the named steps do not cover.</summary>
    public EmployerBuilder With(Action<Employer> change)
    {
        change(_employer);
        return this;
    }

    internal Employer Build() => _employer;
}

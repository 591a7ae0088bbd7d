using Employment.Core.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Infrastructure;

public sealed partial class TestData
{
    /// <summary>A referral from Jobcentre Plus to Leicester's team, received now, waiting for the team; the referrer must exist.</summary>
    public Task<Referral> CreateReferralAsync(Guid referredById, Action<ReferralBuilder>? configure = null) => SaveAsync(async db =>
    {
        var builder = new ReferralBuilder(referredById);
        configure?.Invoke(builder);
        var referral = await builder.BuildAsync(db);
        db.Referrals.Add(referral);
        return referral;
    });

    /// <summary>Puts a user in a council (Leicester unless named): coaches see its referrals, advisers refer to it by default.</summary>
    public Task<int> PutInCouncilAsync(Guid userId, string onsCode = "E06000016") => SaveAsync(async db =>
    {
        var council = await db.LocalAuthorities.Where(l => l.OnsCode == onsCode).Select(l => l.Id).SingleAsync();
        (await db.Users.SingleAsync(u => u.Id == userId)).LocalAuthorityId = council;
        return council;
    });
}

public sealed class ReferralBuilder(Guid referredById)
{
    private string _council = "E06000016";
    private readonly Referral _referral = new()
    {
        Id = Guid.NewGuid(),
        ReferredById = referredById,
        Source = ReferralSource.JobcentrePlus,
        FirstName = TestData.Faker.Name.FirstName(),
        LastName = TestData.Faker.Name.LastName(),
        DateOfBirth = new DateOnly(2001, 3, 14),
        Postcode = "LE2 7QR",
        Phone = "07700 900982",
        WhatTheyWant = "A job in a warehouse, mornings only",
        HasEhcPlan = true,
        ConsentToShare = true,
        SubmissionKey = Guid.NewGuid(),
        Status = ReferralStatus.Received,
        ReceivedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    public ReferralBuilder From(ReferralSource source) => With(r => r.Source = source);

    public ReferralBuilder InCouncil(string onsCode) => With(_ => _council = onsCode);

    public ReferralBuilder Named(string first, string last) => With(r => (r.FirstName, r.LastName) = (first, last));

    public ReferralBuilder ReceivedAt(DateTimeOffset at) => With(r => (r.ReceivedAt, r.UpdatedAt) = (at, at));

    /// <summary>The team asked the referrer something that is still waiting for an answer.</summary>
    public ReferralBuilder Asked(string question, Guid? byCoach = null) => With(r =>
    {
        r.Status = ReferralStatus.MoreInformationAsked;
        r.Events.Add(new ReferralEvent { At = r.ReceivedAt, ByUserId = byCoach, Kind = ReferralEventKind.QuestionAsked, Text = question });
    });

    public ReferralBuilder With(Action<Referral> change)
    {
        change(_referral);
        return this;
    }

    internal async Task<Referral> BuildAsync(Core.Data.EmploymentDbContext db)
    {
        _referral.LocalAuthorityId = await db.LocalAuthorities.Where(l => l.OnsCode == _council).Select(l => l.Id).SingleAsync();
        _referral.Events.Insert(0, new ReferralEvent { At = _referral.ReceivedAt, ByUserId = _referral.ReferredById, Kind = ReferralEventKind.Received });
        return _referral;
    }
}

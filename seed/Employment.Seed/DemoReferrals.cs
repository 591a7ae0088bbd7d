using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Referrals;

namespace Employment.Seed;

/// <summary>
/// A few referrals waiting in the demo coach's council's intake queue: two from the demo Jobcentre Plus adviser (one
/// with a question for them to answer) and two the coach recorded from health and a college. Fixed, not random, so the
/// rest of the world is as it was.
/// </summary>
internal static class DemoReferrals
{
    public static async Task AddAsync(EmploymentDbContext db, DemoWorld world, CancellationToken ct)
    {
        var coach = world.Coaches.FirstOrDefault(c => c.User.Email == DemoAccounts.Coach) ?? world.Coaches.FirstOrDefault();
        var adviser = world.Staff.FirstOrDefault(s => s.Role == Roles.Adviser)?.User;
        if (coach?.User.LocalAuthorityId is not { } council || adviser is null)
        {
            return;
        }
        var now = DateTimeOffset.UtcNow;
        Referral Make(ReferralSource source, Guid by, string first, string last, DateOnly born, string postcode, string wants, string? details, int daysAgo)
        {
            var at = now.AddDays(-daysAgo);
            var referral = new Referral
            {
                Id = Guid.NewGuid(), Source = source, ReferredById = by, ReferrerDetails = details, LocalAuthorityId = council,
                FirstName = first, LastName = last, DateOfBirth = born, Postcode = postcode, Phone = "07700 900" + (100 + daysAgo),
                HowToContact = "Text first; an easy-read letter helps", WhatTheyWant = wants, HasEhcPlan = born.Year >= 2001,
                ConsentToShare = true, SubmissionKey = Guid.NewGuid(), Status = ReferralStatus.Received, ReceivedAt = at, UpdatedAt = at,
            };
            referral.Events.Add(new ReferralEvent { At = at, ByUserId = by, Kind = ReferralEventKind.Received });
            return referral;
        }
        var postcode = coach.CouncilOnsCode == "E06000021" ? "ST4 2RU" : "LE2 7QR";
        var asked = Make(ReferralSource.JobcentrePlus, adviser.Id, "Jordan", "Ellis", new DateOnly(1999, 2, 11), postcode, "Work in a warehouse or a supermarket, mornings", null, 6);
        asked.Status = ReferralStatus.MoreInformationAsked;
        asked.Events.Add(new ReferralEvent { At = now.AddDays(-2), ByUserId = coach.User.Id, Kind = ReferralEventKind.QuestionAsked, Text = "Does Jordan travel on his own, or would he need travel training?" });
        db.Referrals.AddRange(
            Make(ReferralSource.JobcentrePlus, adviser.Id, "Amara", "Osei", new DateOnly(2003, 6, 2), postcode, "A job with animals, or in a garden centre, about 16 hours a week", null, 3),
            asked,
            Make(ReferralSource.Health, coach.User.Id, "Callum", "Reid", new DateOnly(1994, 10, 23), postcode, "Back to work after a long time off; he liked his old kitchen job", "Community learning disability nurse", 5),
            Make(ReferralSource.College, coach.User.Id, "Sofia", "Nowak", new DateOnly(2006, 1, 17), postcode, "A supported internship next year, maybe at the hospital", "Her college's transition lead", 1));
        await db.SaveChangesAsync(ct);
    }
}

using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Referrals;

public sealed record HeldReferralEvent(DateTimeOffset At, string What, string? Who, string? Text);

/// <summary>A referral that made the person, as it is held: everything the referrer wrote and what happened to it.</summary>
public sealed record HeldReferral(
    string Reference, string Source, string? ReferredBy, string? ReferrerDetails, string Status, DateTimeOffset ReceivedAt,
    string FirstName, string LastName, DateOnly DateOfBirth, string? Postcode, string? Email, string? Phone, string? HowToContact,
    string WhatTheyWant, bool? HasEhcPlan, bool ConsentToShare, string? DeclineReason, IReadOnlyList<HeldReferralEvent> Events);

/// <summary>Referrals in subject access and erasure: those linked to the person (they are made on acceptance).</summary>
public static class HeldReferrals
{
    public static async Task<IReadOnlyList<HeldReferral>> ForPersonAsync(EmploymentDbContext db, Guid jobSeekerId, Func<Guid?, string?> nameOf)
    {
        var referrals = await db.Referrals.AsNoTracking().Include(r => r.Events).Where(r => r.JobSeekerId == jobSeekerId).OrderBy(r => r.ReceivedAt).ToListAsync();
        return referrals.Select(r => new HeldReferral(
            r.Reference, r.Source.Label(), nameOf(r.ReferredById), r.ReferrerDetails, r.Status.Label(), r.ReceivedAt,
            r.FirstName, r.LastName, r.DateOfBirth, r.Postcode, r.Email, r.Phone, r.HowToContact, r.WhatTheyWant, r.HasEhcPlan, r.ConsentToShare, r.DeclineReason,
            r.Events.OrderBy(e => e.At).Select(e => new HeldReferralEvent(e.At, e.Kind.Label(), nameOf(e.ByUserId), e.Text)).ToList())).ToList();
    }

    /// <summary>
    /// Removes what identifies the person from their referrals and the questions and answers about them; the source,
    /// dates and status stay for the figures. Runs inside the erasure's transaction.
    /// </summary>
    public static async Task EraseAsync(EmploymentDbContext db, Guid jobSeekerId, DateTimeOffset now)
    {
        var ids = await db.Referrals.Where(r => r.JobSeekerId == jobSeekerId && r.ErasedAt == null).Select(r => r.Id).ToListAsync();
        if (ids.Count == 0)
        {
            return;
        }
        await db.Referrals.Where(r => ids.Contains(r.Id)).ExecuteUpdateAsync(r => r
            .SetProperty(x => x.FirstName, "")
            .SetProperty(x => x.LastName, "")
            .SetProperty(x => x.DateOfBirth, x => new DateOnly(x.DateOfBirth.Year, 7, 1))
            .SetProperty(x => x.Postcode, (string?)null)
            .SetProperty(x => x.Email, (string?)null)
            .SetProperty(x => x.Phone, (string?)null)
            .SetProperty(x => x.HowToContact, (string?)null)
            .SetProperty(x => x.WhatTheyWant, "")
            .SetProperty(x => x.ReferrerDetails, (string?)null)
            .SetProperty(x => x.DeclineReason, (string?)null)
            .SetProperty(x => x.ErasedAt, now));
        await db.ReferralEvents.Where(e => ids.Contains(e.ReferralId)).ExecuteUpdateAsync(e => e.SetProperty(x => x.Text, (string?)null));
        db.ReferralEvents.AddRange(ids.Select(id => new ReferralEvent { ReferralId = id, At = now, Kind = ReferralEventKind.Erased }));
    }
}

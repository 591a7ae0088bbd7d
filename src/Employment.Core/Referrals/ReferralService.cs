using Employment.Core.Audit;
using Employment.Core.Data;
using Employment.Core.Email;
using Employment.Core.JobSeekers;
using Employment.Core.Reference;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Referrals;

/// <summary>What a referrer typed, already checked by the form's validator.</summary>
public sealed record NewReferral(
    ReferralSource Source, int LocalAuthorityId, string FirstName, string LastName, DateOnly DateOfBirth, string Postcode,
    string? Email, string? Phone, string? HowToContact, string WhatTheyWant, bool? HasEhcPlan, bool ConsentToShare,
    string? ReferrerDetails, Guid SubmissionKey);

/// <summary>
/// Every change to a referral: sent, asked about, answered, accepted (making the person through the careers profile's
/// own write) or declined. Each saves its event (the referral's audit trail) and any email to the referrer in the same save.
/// </summary>
public sealed class ReferralService(EmploymentDbContext db, CareersProfileService profiles, PostcodeLocator postcodes, AuditLog audit, TimeProvider clock)
{
    public static readonly Problem AlreadyDecided = Problem.ForPage("Someone in the team has already decided this referral: the page now shows what they did");
    public static readonly Problem NoConsent = new("ConsentToShare", "You can only refer someone who has agreed to their details being shared with the council's team");

    /// <summary>The referral, or the one this same form already made when it is sent twice.</summary>
    public async Task<WriteResult<Referral>> SubmitAsync(NewReferral typed, Guid referrerId)
    {
        if (!typed.ConsentToShare)
        {
            return WriteResult.Refused<Referral>(NoConsent);
        }
        if (await SentAlreadyAsync(referrerId, typed.SubmissionKey) is { } sent)
        {
            return WriteResult.Saved(sent);
        }
        var now = clock.GetUtcNow();
        var referral = new Referral
        {
            Id = Guid.NewGuid(),
            Source = typed.Source,
            ReferredById = referrerId,
            ReferrerDetails = Tidy(typed.ReferrerDetails),
            LocalAuthorityId = typed.LocalAuthorityId,
            FirstName = typed.FirstName.Trim(),
            LastName = typed.LastName.Trim(),
            DateOfBirth = typed.DateOfBirth,
            Postcode = PostcodeLocator.Normalise(typed.Postcode) ?? typed.Postcode.Trim().ToUpperInvariant(),
            Email = Tidy(typed.Email),
            Phone = Tidy(typed.Phone),
            HowToContact = Tidy(typed.HowToContact),
            WhatTheyWant = typed.WhatTheyWant.Trim(),
            HasEhcPlan = typed.HasEhcPlan,
            ConsentToShare = true,
            SubmissionKey = typed.SubmissionKey,
            Status = ReferralStatus.Received,
            ReceivedAt = now,
            UpdatedAt = now,
        };
        referral.Events.Add(new ReferralEvent { At = now, ByUserId = referrerId, Kind = ReferralEventKind.Received });
        db.Add(referral);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // The same form sent twice at the same moment: the first made it.
            db.ChangeTracker.Clear();
            return WriteResult.Saved((await SentAlreadyAsync(referrerId, typed.SubmissionKey))!);
        }
        return WriteResult.Saved(referral);
    }

    /// <summary>A coach of the council opened the referral: the personal details were seen.</summary>
    public async Task RecordViewAsync(Referral referral, Guid coachId)
    {
        db.Add(new ReferralEvent { ReferralId = referral.Id, At = clock.GetUtcNow(), ByUserId = coachId, Kind = ReferralEventKind.Viewed });
        await db.SaveChangesAsync();
    }

    public Task<WriteResult<Referral>> AskAsync(Referral referral, string question, Guid coachId, ReferralEmail? email) =>
        DecideAsync(referral, coachId, email, ReferralEventKind.QuestionAsked, question, () => referral.Status = ReferralStatus.MoreInformationAsked);

    public Task<WriteResult<Referral>> DeclineAsync(Referral referral, string reason, Guid coachId, ReferralEmail? email) =>
        DecideAsync(referral, coachId, email, ReferralEventKind.Declined, reason, () =>
        {
            referral.Status = ReferralStatus.Declined;
            referral.DeclineReason = reason.Trim();
            referral.DecidedAt = clock.GetUtcNow();
            referral.DecidedById = coachId;
        });

    /// <summary>The referrer answers the team's question; the referral goes back to waiting for the team.</summary>
    public async Task<WriteResult<Referral>> AnswerAsync(Referral referral, string answer, Guid referrerId)
    {
        if (referral.Status != ReferralStatus.MoreInformationAsked)
        {
            return WriteResult.Refused<Referral>(Problem.ForPage("The team has not asked anything that is still waiting for an answer"));
        }
        referral.Status = ReferralStatus.Received;
        referral.UpdatedAt = clock.GetUtcNow();
        referral.Events.Add(new ReferralEvent { At = referral.UpdatedAt, ByUserId = referrerId, Kind = ReferralEventKind.Answered, Text = answer.Trim() });
        return await SaveOnceAsync(referral);
    }

    /// <summary>
    /// Makes the person on the accepting coach's caseload from the referral's details, through the careers profile's own
    /// write, in the same save as the decision. Two coaches accepting at once: the referral's xmin lets one save through,
    /// so one person is made and the other coach is told it was decided.
    /// </summary>
    public async Task<WriteResult<Referral>> AcceptAsync(Referral referral, Guid coachId, ReferralEmail? email)
    {
        if (!referral.Status.IsOpen() || referral.ErasedAt is not null)
        {
            return WriteResult.Refused<Referral>(AlreadyDecided);
        }
        var place = await postcodes.LocateAsync(referral.Postcode);
        if (place is null)
        {
            return WriteResult.Refused<Referral>(Problem.ForPage("The referral's postcode is not one the service knows: ask the referrer for the right one"));
        }
        var person = profiles.AddNewPerson(ReferralProfile.Answers(referral, place), coachId, $"From a referral ({referral.Source.Label()}, {referral.Reference})");
        audit.Add(person.Id, coachId, AuditLog.ConsentGiven, "Consent to share recorded by the referrer");
        person.ConsentToShare = true;
        person.ConsentRecordedAt = referral.ReceivedAt;
        person.ConsentRecordedById = referral.ReferredById;
        person.ConsentExplainedHow = "Recorded by the referrer when referring";
        return await DecideAsync(referral, coachId, email, ReferralEventKind.Accepted, null, () =>
        {
            referral.Status = ReferralStatus.Accepted;
            referral.JobSeekerId = person.Id;
            referral.DecidedAt = clock.GetUtcNow();
            referral.DecidedById = coachId;
        });
    }

    private async Task<WriteResult<Referral>> DecideAsync(Referral referral, Guid coachId, ReferralEmail? email, ReferralEventKind kind, string? text, Action change)
    {
        if (!referral.Status.IsOpen() || referral.ErasedAt is not null)
        {
            return WriteResult.Refused<Referral>(AlreadyDecided);
        }
        change();
        referral.UpdatedAt = clock.GetUtcNow();
        var happened = new ReferralEvent { At = referral.UpdatedAt, ByUserId = coachId, Kind = kind, Text = text?.Trim() };
        referral.Events.Add(happened);
        if (email is not null)
        {
            await QueueEmailAsync(referral, email);
        }
        return await SaveOnceAsync(referral);
    }

    /// <summary>
    /// Saves under a lock on the referral's row, taken before any other row is written. Without it two coaches accepting
    /// at once each insert an event (its foreign key share-locks the referral) and then set the referral's person, a
    /// column with a unique index, which needs the row's strongest lock: each waits on the other's share lock, and
    /// PostgreSQL breaks the deadlock with an error instead of the second coach being told it was decided.
    /// </summary>
    private async Task<WriteResult<Referral>> SaveOnceAsync(Referral referral)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var version = await db.Database
            .SqlQuery<long?>($"SELECT xmin::text::bigint AS \"Value\" FROM referrals WHERE id = {referral.Id} FOR UPDATE")
            .SingleOrDefaultAsync();
        if (version != referral.Version)
        {
            return Decided();
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Decided();
        }
        await transaction.CommitAsync();
        return WriteResult.Saved(referral);

        WriteResult<Referral> Decided()
        {
            db.ChangeTracker.Clear();
            return WriteResult.Refused<Referral>(AlreadyDecided);
        }
    }

    /// <summary>The referrer hears that the status changed: the email names nobody, only the referral's reference.</summary>
    private async Task QueueEmailAsync(Referral referral, ReferralEmail email)
    {
        var to = await db.Users.AsNoTracking().Where(u => u.Id == referral.ReferredById).Select(u => new { u.Email, u.DisplayName }).SingleOrDefaultAsync();
        if (to?.Email is null)
        {
            return;
        }
        var subject = $"Your referral {referral.Reference}: {referral.Status.Label().ToLowerInvariant()}";
        var content = new EmailContent(to.DisplayName)
            .Paragraph($"The council's supported employment team has updated referral {referral.Reference}: {referral.Status.Label().ToLowerInvariant()}.")
            .Paragraph(referral.Status == ReferralStatus.MoreInformationAsked ? "They have asked a question. You can read it and answer on the referral's page." : "You can see what happened on the referral's page.")
            .Link("See the referral", email.Link(referral.Id));
        await db.QueueOnceAsync($"referral-{referral.Id:N}-{referral.Status}-{referral.UpdatedAt.UtcTicks}", to.Email, to.DisplayName, subject, content, clock.GetUtcNow(), OutboxPriority.Prompt);
    }

    private Task<Referral?> SentAlreadyAsync(Guid referrerId, Guid key) =>
        db.Referrals.FirstOrDefaultAsync(r => r.ReferredById == referrerId && r.SubmissionKey == key);

    private static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>How an email reaches a referral's page: the site makes the link.</summary>
public sealed record ReferralEmail(Func<Guid, string> Link);

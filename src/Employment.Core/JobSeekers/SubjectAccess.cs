using Employment.Core.AccessToWork;
using Employment.Core.Data;
using Employment.Core.Placements;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.JobSeekers;

public sealed record HeldEvent(string Event, DateOnly Date, decimal? HoursPerWeek, decimal? HourlyPay, string? Reason);
public sealed record HeldFollowUp(string Kind, DateOnly Due, DateOnly? Completed, string? Notes, decimal? SupportHours, bool? RiskToJob, string? RiskDetails = null, bool NotNeeded = false);
public sealed record HeldPlacement(string Opportunity, string Employer, string Kind, string Stage, IReadOnlyList<HeldEvent> Events, IReadOnlyList<HeldFollowUp> FollowUps);
public sealed record HeldConsent(bool Given, DateTimeOffset RecordedAt, string? RecordedBy, string? ExplainedHow)
{
    public string Decision { get; init; } = "";

    public DateOnly? DecidedOn { get; init; }
}
public sealed record HeldAccessToWork(DateOnly AppliedOn, IReadOnlyList<string> Support, string? Decision, DateOnly? DecidedOn, DateOnly? AwardFrom, DateOnly? AwardTo,
    decimal? AwardAmount, decimal? JobCoachHoursPerWeek, DateOnly? RenewalDueOn, DateTimeOffset RecordedAt, string? RecordedBy);
public sealed record HeldContact(DateOnly Date, string Kind, string? Outcome, string? Placement, string? Text, DateTimeOffset RecordedAt, string? RecordedBy);
public sealed record HeldSavedSearch(string? Kind, string? Words, string? Postcode, int? WithinMiles, decimal? HoursMin, decimal? HoursMax, string? MinimumLevel, int? ClosingWithinDays, DateTimeOffset SavedAt);
public sealed record HeldAccess(DateTimeOffset At, string? Who, string Action, string? Detail);

/// <summary>Everything the service holds about one person, for a subject access request.</summary>
public sealed record SubjectAccessReport(
    DateTimeOffset ProducedAt,
    Guid Id,
    string? SourceId,
    string FirstName,
    string LastName,
    DateOnly DateOfBirth,
    string? HomePostcode,
    string LocalAuthority,
    bool HasEhcPlan,
    bool LongTermSupportForLearningDisability,
    string? Aspirations,
    IReadOnlyList<string> Interests,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> SupportNeeds,
    string TravelMode,
    int TravelMaxMinutes,
    bool TravelTrainingNeeded,
    decimal HoursMin,
    decimal HoursMax,
    IReadOnlyList<string> PreferredKinds,
    bool ConsentToShare,
    string? Coach,
    DateOnly? PausedOn,
    DateTimeOffset? ErasedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<HeldConsent> ConsentHistory,
    IReadOnlyList<HeldPlacement> Placements,
    IReadOnlyList<HeldAccess> WhoHasSeenOrChangedIt)
{
    /// <summary>What the person said in their own view (issue 7), oldest first.</summary>
    public IReadOnlyList<AnswerForCoach> OwnViewAnswers { get; init; } = [];

    public string? PauseReason { get; init; }

    public DateOnly? LookAgainOn { get; init; }

    /// <summary>The EHC plan's dates kept on the record (the plan itself is not kept: decision 0044).</summary>
    public DateOnly? EhcPlanIssuedOn { get; init; }
    public DateOnly? EhcNextReviewOn { get; init; }
    /// <summary>The contact log: case notes and contacts, oldest first.</summary>
    public IReadOnlyList<HeldContact> Contacts { get; init; } = [];
    /// <summary>The opportunity search a coach saved for the person, if any: it can hold a postcode typed in.</summary>
    public HeldSavedSearch? SavedSearch { get; init; }
    /// <summary>Access to Work applications, decisions and awards, oldest first.</summary>
    public IReadOnlyList<HeldAccessToWork> AccessToWork { get; init; } = [];
    /// <summary>Places on supported internship programmes, with rotations and the job coach's notes.</summary>
    public IReadOnlyList<Internships.HeldInternship> Internships { get; init; } = [];
    /// <summary>The referrals that brought the person to the service, as the referrer wrote them.</summary>
    public IReadOnlyList<Referrals.HeldReferral> Referrals { get; init; } = [];
    /// <summary>The reference employers know the person by, and the employers who asked to meet them (decisions 0065, 0066).</summary>
    public string? EmployerReference { get; init; }
    public IReadOnlyList<HeldMeetRequest> MeetRequests { get; init; } = [];
}

public sealed record HeldMeetRequest(string Opportunity, string Employer, DateTimeOffset RequestedAt);

public sealed class SubjectAccess(EmploymentDbContext db, TimeProvider clock)
{
    public async Task<SubjectAccessReport?> ReportAsync(Guid id)
    {
        var person = await db.JobSeekers.AsNoTracking()
            .Include(j => j.LocalAuthority)
            .Include(j => j.ConsentHistory)
            .Include(j => j.Placements).ThenInclude(p => p.Events)
            .Include(j => j.Placements).ThenInclude(p => p.FollowUps)
            .Include(j => j.Placements).ThenInclude(p => p.Opportunity).ThenInclude(o => o!.Employer)
            .AsSplitQuery()
            .FirstOrDefaultAsync(j => j.Id == id);
        if (person is null)
        {
            return null;
        }
        var names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        string? NameOf(Guid? userId) => userId is { } known && names.TryGetValue(known, out var name) ? name : null;
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.JobSeekerId == id).OrderBy(a => a.At).ToListAsync();

        return new SubjectAccessReport(
            clock.GetUtcNow(), person.Id, person.SourceId, person.FirstName, person.LastName, person.DateOfBirth, person.HomePostcode,
            person.LocalAuthority?.Name ?? "", person.HasEhcPlan, person.LongTermSupportForLearningDisability, person.Aspirations, person.Interests, person.Skills, person.SupportNeeds,
            SnakeCase.Of(person.TravelMode), person.TravelMaxMinutes, person.TravelTrainingNeeded, person.HoursMin, person.HoursMax,
            person.PreferredKinds.Select(SnakeCase.Of).ToList(), person.ConsentToShare, NameOf(person.CoachId), person.PausedOn, person.ErasedAt,
            person.CreatedAt, person.UpdatedAt,
            person.ConsentHistory.OrderBy(c => c.RecordedAt).Select(c => new HeldConsent(c.Given, c.RecordedAt, NameOf(c.RecordedById), c.ExplainedHow) { Decision = SnakeCase.Of(c.Decision), DecidedOn = c.DecidedOn }).ToList(),
            person.Placements.OrderBy(p => p.CreatedAt).Select(p => new HeldPlacement(
                p.Opportunity!.Title, p.Opportunity.Employer!.Name, SnakeCase.Of(p.Opportunity.Kind), SnakeCase.Of(p.Stage),
                p.Events.OrderBy(e => e.OccurredOn).Select(e => new HeldEvent(SnakeCase.Of(e.Type), e.OccurredOn, e.HoursPerWeek, e.HourlyPay, e.Reason)).ToList(),
                p.FollowUps.OrderBy(f => f.DueOn).Select(f => new HeldFollowUp(SnakeCase.Of(f.Kind), f.DueOn, f.CompletedOn, f.Notes, f.SupportHours, f.RiskToJob, f.RiskDetails, f.NotNeeded)).ToList()))
                .ToList(),
            audit.Select(a => new HeldAccess(a.At, NameOf(a.UserId), a.Action, a.Detail)).ToList())
        {
            OwnViewAnswers = [.. (await new JobSeekerAnswersSince(db).ForPersonAsync(id, int.MaxValue)).OrderBy(a => a.RecordedAt)],
            PauseReason = person.PauseReason is null ? null : PauseReasons.Describe(person.PauseReason, person.PauseReasonOther),
            LookAgainOn = person.LookAgainOn,
            EhcPlanIssuedOn = person.EhcPlanIssuedOn,
            EhcNextReviewOn = person.EhcNextReviewOn,
            Contacts = [.. (await db.ContactEntries.AsNoTracking().Where(c => c.JobSeekerId == id).OrderBy(c => c.OccurredOn).ThenBy(c => c.RecordedAt)
                    .Select(c => new { c.OccurredOn, c.Kind, c.Outcome, Placement = c.Placement!.Opportunity!.Title, c.Text, c.RecordedAt, c.RecordedById })
                    .ToListAsync())
                .Select(c => new HeldContact(c.OccurredOn, SnakeCase.Of(c.Kind), c.Outcome is { } outcome ? SnakeCase.Of(outcome) : null, c.Placement, c.Text, c.RecordedAt, NameOf(c.RecordedById)))],
            SavedSearch = await db.SavedSearches.AsNoTracking().Where(s => s.JobSeekerId == id)
                .Select(s => new HeldSavedSearch(s.Kind == null ? null : SnakeCase.Of(s.Kind.Value), s.Words, s.Postcode, s.WithinMiles, s.HoursMin, s.HoursMax,
                    s.MinimumLevel == null ? null : SnakeCase.Of(s.MinimumLevel.Value), s.ClosingWithinDays, s.SavedAt))
                .FirstOrDefaultAsync(),
            AccessToWork = [.. (await db.AccessToWorkApplications.AsNoTracking().Where(a => a.JobSeekerId == id).OrderBy(a => a.AppliedOn).ThenBy(a => a.RecordedAt).ToListAsync())
                .Select(a => new HeldAccessToWork(a.AppliedOn, a.Support.Parts().Select(SnakeCase.Of).ToList(), a.Decision is { } decision ? SnakeCase.Of(decision) : null, a.DecidedOn,
                    a.AwardFrom, a.AwardTo, a.AwardAmount, a.JobCoachHoursPerWeek, a.RenewalDueOn, a.RecordedAt, NameOf(a.RecordedById)))],
            Internships = await Internships.HeldInternship.ForPersonAsync(db, id),
            Referrals = await Employment.Core.Referrals.HeldReferrals.ForPersonAsync(db, id, NameOf),
            EmployerReference = await db.Set<Employers.PersonReference>().Where(r => r.JobSeekerId == id).Select(r => r.Code).FirstOrDefaultAsync(),
            MeetRequests = await db.Set<Employers.MeetRequest>().AsNoTracking().Where(r => r.JobSeekerId == id).OrderBy(r => r.RequestedAt)
                .Select(r => new HeldMeetRequest(r.Opportunity!.Title, r.Opportunity.Employer!.Name, r.RequestedAt)).ToListAsync(),
        };
    }
}

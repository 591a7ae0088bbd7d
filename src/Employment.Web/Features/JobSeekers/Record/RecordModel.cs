using Employment.Core.Opportunities;
using Employment.Core.Casework;
using Employment.Core.JobSeekers;
using Employment.Core.Placements;
using Employment.Web.Features.JobSeekers.Profile;

namespace Employment.Web.Features.JobSeekers.Record;

public sealed record PlacementSummary(Guid Id, string Title, string Employer, OpportunityKind OpportunityKind, PlacementEventType Stage, DateOnly LastStepOn)
{
    public string Kind => OpportunityKind.Label();
    /// <summary>When the latest step was recorded and by whom (it may have happened days before).</summary>
    public DateTimeOffset? LastRecordedAt { get; init; }
    public string? LastRecordedBy { get; init; }
}

/// <summary>The person's placements, their follow-ups and any job at risk, as the record shows them.</summary>
public sealed record PlacementsSection(
    Guid PersonId,
    IReadOnlyList<PlacementSummary> Placements,
    IReadOnlyList<FollowUp> FollowUps,
    IReadOnlyList<JobRisks.Risk> Risks,
    DateOnly Today,
    bool CanRecord);

public sealed record AuditRow(DateTimeOffset At, string Who, string What, string? Detail);

public sealed record CoachOption(Guid Id, string Name);

public sealed record RecordModel(
    JobSeeker Person,
    string? CoachName,
    SeekerStatus Status,
    CheckAnswersModel Profile,
    PlacementsSection Placements,
    IReadOnlyList<ConsentRecord> ConsentHistory,
    IReadOnlyList<AuditRow>? Audit,
    IReadOnlyList<CoachOption>? Coaches)
{
    /// <summary>Why the person needs attention (decision 0038); null once their record is erased.</summary>
    public PersonAttention? Attention { get; init; }

    public int NoContactWeeks { get; init; }
    public ContactLogSection? ContactLog { get; init; }
}

/// <summary>The administrator's choice of job coach; its field binds as <c>coachId</c>.</summary>
public sealed record AssignCoachForm(Guid? CoachId, IReadOnlyList<CoachOption> Coaches);

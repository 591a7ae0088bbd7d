using Employment.Core.JobSeekers;
using Employment.Core.Placements;
using Employment.Web.Features.JobSeekers.Profile;

namespace Employment.Web.Features.JobSeekers.Record;

public sealed record PlacementSummary(string Title, string Employer, string Kind, PlacementEventType Stage, IReadOnlyList<PlacementEvent> Events);

public sealed record AuditRow(DateTimeOffset At, string Who, string What, string? Detail);

public sealed record CoachOption(Guid Id, string Name);

public sealed record RecordModel(
    JobSeeker Person,
    string? CoachName,
    SeekerStatus Status,
    CheckAnswersModel Profile,
    IReadOnlyList<PlacementSummary> Placements,
    IReadOnlyList<ConsentRecord> ConsentHistory,
    IReadOnlyList<AuditRow>? Audit,
    IReadOnlyList<CoachOption>? Coaches);

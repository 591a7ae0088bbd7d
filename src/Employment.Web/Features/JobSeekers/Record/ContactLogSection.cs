using Employment.Core.Contacts;

namespace Employment.Web.Features.JobSeekers.Record;

public sealed record ContactLine(DateOnly OccurredOn, ContactKind Kind, ContactOutcome? Outcome, string? Text, string? Placement, bool CompletedFollowUp, DateTimeOffset RecordedAt, string RecordedBy);

/// <summary>The person's contact log as the record shows it, newest first.</summary>
public sealed record ContactLogSection(Guid PersonId, string FirstName, IReadOnlyList<ContactLine> Lines, bool CanAdd);

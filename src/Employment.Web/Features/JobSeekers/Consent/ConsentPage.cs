using Employment.Core.JobSeekers;

namespace Employment.Web.Features.JobSeekers.Consent;

/// <summary>One answer in the person's consent history, as the consent page and the record show it.</summary>
public sealed record ConsentHistoryRow(ConsentDecision Decision, DateOnly? DecidedOn, DateTimeOffset RecordedAt, string? RecordedBy, string? ExplainedHow);

/// <summary>What the consent page shows besides its form.</summary>
public sealed record ConsentPage(JobSeeker Person, IReadOnlyList<ConsentHistoryRow> History);

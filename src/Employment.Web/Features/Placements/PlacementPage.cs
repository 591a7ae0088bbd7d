using Employment.Core.Opportunities;
using Employment.Core.Placements;

namespace Employment.Web.Features.Placements;

public sealed record HistoryLine(PlacementEvent Event, string RecordedBy);

public sealed record PlacementPage(
    Guid Id,
    Guid PersonId,
    string PersonName,
    string OpportunityTitle,
    OpportunityKind Kind,
    string EmployerName,
    PlacementEventType Stage,
    IReadOnlyList<HistoryLine> History,
    IReadOnlyList<FollowUp> FollowUps,
    IReadOnlyList<PlacementEventType> NextSteps,
    DateOnly Today,
    JobFacts? InForce = null,
    DateOnly? EmployerSaidLeftOn = null);

/// <summary>What a step or check-in form page needs besides the form.</summary>
public sealed record StepPageContext(Guid PlacementId, string PersonName, string Heading, string Caption, OpportunityKind Kind, string Action, string Button);

/// <summary>A table of follow-ups, shared by the placement page and the person's record.</summary>
public sealed record FollowUpTable(IReadOnlyList<FollowUp> FollowUps, DateOnly Today, bool CanRecord, string Caption, bool ShowPlacement = false, IReadOnlyDictionary<Guid, string>? PlacementTitles = null);

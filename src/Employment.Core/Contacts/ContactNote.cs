namespace Employment.Core.Contacts;

/// <summary>
/// A note or contact a coach wants to add to a person's log. Field names match the form's, so problems land beside
/// the right field. <see cref="FollowUpId"/> is the open follow-up it answers, if any.
/// </summary>
public sealed record ContactNote(
    ContactKind Kind,
    ContactOutcome? Outcome,
    DateOnly OccurredOn,
    string? Text,
    Guid? PlacementId = null,
    Guid? FollowUpId = null);

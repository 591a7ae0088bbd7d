namespace Employment.Core.Placements;

/// <summary>
/// A step a job coach wants to record. Field names match the form's, so problems land beside the right field.
/// For an end, <see cref="Reason"/> is the value from <see cref="EndReasons"/> and <see cref="OtherReason"/> the coach's words;
/// for a change of hours or pay, the new figure; for a role change, the new <see cref="Role"/>.
/// </summary>
public sealed record PlacementStep(
    PlacementEventType Type,
    DateOnly OccurredOn,
    decimal? HoursPerWeek = null,
    decimal? HourlyPay = null,
    string? Reason = null,
    string? OtherReason = null,
    string? Role = null,
    DateOnly? MeetOn = null);

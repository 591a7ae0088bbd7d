namespace Employment.Core.Placements;

public enum PlacementEventType
{
    Introduced,
    Declined,
    Rejected,
    Interviewed,
    Offered,
    Started,
    Ended,
}

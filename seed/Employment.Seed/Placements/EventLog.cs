using Bogus;
using Employment.Core.Placements;
using Employment.Seed.Randomness;

namespace Employment.Seed.Placements;

/// <summary>Appends a placement's events, each on a later day than the one before and never after today.</summary>
internal sealed class EventLog(Randomizer random, Placement placement, Guid? recordedById, DateOnly today)
{
    public void Add(PlacementEventType type, DateOnly on, string? reason = null) =>
        placement.Events.Add(new PlacementEvent
        {
            PlacementId = placement.Id,
            Type = type,
            OccurredOn = on,
            Reason = reason,
            RecordedById = recordedById,
            RecordedAt = random.TimeOn(on),
        });

    /// <summary>Adds the event some days after the last one; false if that day has not come yet.</summary>
    public bool After(PlacementEventType type, int minDays, int maxDays, string? reason = null)
    {
        var on = placement.Events[^1].OccurredOn.AddDays(random.Int(minDays, maxDays));
        if (on > today)
        {
            return false;
        }
        Add(type, on, reason);
        return true;
    }
}

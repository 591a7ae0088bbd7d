namespace Employment.Core.Placements;

public class PlacementEvent
{
    public long Id { get; set; }

    public Guid PlacementId { get; set; }
    public Placement? Placement { get; set; }

    public PlacementEventType Type { get; set; }
    public DateOnly OccurredOn { get; set; }

    /// <summary>For a start: the hours agreed; for an hours change (or an employer's answer): the new hours.</summary>
    public decimal? HoursPerWeek { get; set; }

    /// <summary>For a start of a paid kind or a pay change: pounds an hour.</summary>
    public decimal? HourlyPay { get; set; }

    /// <summary>For a role change: the new job title or role, in the coach's words.</summary>
    public string? Role { get; set; }

    /// <summary>For a decline, rejection or end.</summary>
    public string? Reason { get; set; }

    /// <summary>For an employer's "we'd like to meet": the day they proposed.</summary>
    public DateOnly? MeetOn { get; set; }

    public Guid? RecordedById { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

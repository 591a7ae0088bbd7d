namespace Employment.Core.Matching;

/// <summary>A coach's (or, later, the person's own) verdict on a suggested match, which training can learn from.</summary>
public class MatchFeedback
{
    public long Id { get; set; }
    public Guid JobSeekerId { get; set; }
    public Guid OpportunityId { get; set; }

    /// <summary>Who gave it: the coach's user id (null when the person gave it themselves).</summary>
    public Guid? GivenById { get; set; }

    /// <summary>not_suitable for now; the job seeker's own answers will add more.</summary>
    public required string Verdict { get; set; }

    public string? Reason { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

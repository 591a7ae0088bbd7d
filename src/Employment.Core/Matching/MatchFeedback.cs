namespace Employment.Core.Matching;

/// <summary>A coach's or the person's own verdict on a suggested match, which training can learn from.</summary>
public class MatchFeedback
{
    public long Id { get; set; }
    public Guid JobSeekerId { get; set; }
    public Guid OpportunityId { get; set; }

    /// <summary>Who gave it: the coach's user id (null when the person gave it themselves).</summary>
    public Guid? GivenById { get; set; }

    /// <summary><see cref="NotSuitable"/>: from a coach, or a job seeker's own "Not for me".</summary>
    public required string Verdict { get; set; }

    /// <summary>The verdict that keeps a pair out of suggestions and that training learns from.</summary>
    public const string NotSuitable = "not_suitable";

    /// <summary>Whose verdict it is: <see cref="FromCoach"/> or <see cref="FromJobSeeker"/>.</summary>
    public string Source { get; set; } = FromCoach;

    public const string FromCoach = "coach";
    public const string FromJobSeeker = "job_seeker";

    public string? Reason { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

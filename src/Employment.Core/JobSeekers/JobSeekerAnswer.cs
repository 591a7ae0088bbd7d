namespace Employment.Core.JobSeekers;

public enum AnswerKind
{
    ProfileRight,
    ProfileChange,
    LikeJob,
    NotForMe,
    TalkAboutJob,
}

/// <summary>Why a job did not suit the person, in the words they picked.</summary>
public enum NotForMeReason
{
    TooFar,
    WrongHours,
    DoNotLikeTheWork,
    Other,
}

/// <summary>Something the person said in their own view, for their coach to read and act on.</summary>
public class JobSeekerAnswer
{
    public long Id { get; set; }
    public Guid JobSeekerId { get; set; }
    public JobSeeker? JobSeeker { get; set; }

    /// <summary>The job the answer is about; null for answers about the profile.</summary>
    public Guid? OpportunityId { get; set; }

    public AnswerKind Kind { get; set; }
    public NotForMeReason? Reason { get; set; }

    /// <summary>The person's own short words, when they wrote some.</summary>
    public string? Words { get; set; }

    /// <summary>The coach whose device it was, when the coach sat beside the person; null when they used their own link.</summary>
    public Guid? CoachBesideId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public static string Describe(AnswerKind kind, NotForMeReason? reason) => kind switch
    {
        AnswerKind.ProfileRight => "Said their profile is right",
        AnswerKind.ProfileChange => "Wants to change their profile",
        AnswerKind.LikeJob => "Likes this job",
        AnswerKind.TalkAboutJob => "Wants to talk about this job",
        _ => "Not for me: " + reason switch
        {
            NotForMeReason.TooFar => "too far",
            NotForMeReason.WrongHours => "wrong hours",
            NotForMeReason.DoNotLikeTheWork => "does not like the work",
            _ => "another reason",
        },
    };
}

using Employment.Core.Audit;
using Employment.Core.Data;
using Employment.Core.Matching;

namespace Employment.Core.JobSeekers;

/// <summary>Keeps what a person answers on their own pages, for their coach to see.</summary>
/// <remarks><c>coachBesideId</c> is the coach signed in beside the person, or null when the person came by their own link.</remarks>
public sealed class JobSeekerAnswerService(EmploymentDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task RecordAboutAsync(Guid jobSeekerId, Guid? coachBesideId, AnswerKind kind, string? words)
    {
        Add(jobSeekerId, coachBesideId, null, kind, null, kind == AnswerKind.ProfileChange ? Trimmed(words) : null);
        await db.SaveChangesAsync();
    }

    public async Task RecordJobAsync(Guid jobSeekerId, Guid? coachBesideId, Guid opportunityId, AnswerKind kind)
    {
        Add(jobSeekerId, coachBesideId, opportunityId, kind, null, null);
        await db.SaveChangesAsync();
    }

    /// <summary>The answer for the coach, and the same "no" as labelled feedback the ranker learns from (decision 0021), saved together.</summary>
    public async Task RecordNotForMeAsync(Guid jobSeekerId, Guid? coachBesideId, Guid opportunityId, NotForMeReason reason, string? words)
    {
        var now = Add(jobSeekerId, coachBesideId, opportunityId, AnswerKind.NotForMe, reason, Trimmed(words));
        db.MatchFeedback.Add(new MatchFeedback
        {
            JobSeekerId = jobSeekerId,
            OpportunityId = opportunityId,
            GivenById = coachBesideId,
            Verdict = MatchFeedback.NotSuitable,
            Source = MatchFeedback.FromJobSeeker,
            Reason = SnakeCaseReason(reason),
            RecordedAt = now,
        });
        await db.SaveChangesAsync();
    }

    public static string SnakeCaseReason(NotForMeReason reason) => reason switch
    {
        NotForMeReason.TooFar => "too_far",
        NotForMeReason.WrongHours => "wrong_hours",
        NotForMeReason.DoNotLikeTheWork => "do_not_like_the_work",
        _ => "other",
    };

    private DateTimeOffset Add(Guid jobSeekerId, Guid? coachBesideId, Guid? opportunityId, AnswerKind kind, NotForMeReason? reason, string? words)
    {
        var now = clock.GetUtcNow();
        db.JobSeekerAnswers.Add(new JobSeekerAnswer
        {
            JobSeekerId = jobSeekerId,
            OpportunityId = opportunityId,
            Kind = kind,
            Reason = reason,
            Words = words,
            CoachBesideId = coachBesideId,
            RecordedAt = now,
        });
        audit.Add(jobSeekerId, coachBesideId, AuditLog.Changed, "Own view answer: " + JobSeekerAnswer.Describe(kind, reason));
        return now;
    }

    private static string? Trimmed(string? words) => string.IsNullOrWhiteSpace(words) ? null : words.Trim();
}

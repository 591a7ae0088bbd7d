using System.Globalization;
using Employment.Core.Audit;
using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.JobSeekers;

/// <summary>What the coach recorded about sharing: the decision, the day the person made it and how sharing was explained.</summary>
public sealed record ConsentAnswer(ConsentDecision Decision, DateOnly DecidedOn, string? ExplainedHow);

/// <summary>
/// Records a person's answer about sharing with employers, keeping every answer. The person's
/// <see cref="JobSeeker.ConsentToShare"/> follows the latest answer at once, in the same save: only "agreed" shares.
/// </summary>
public sealed class ConsentService(EmploymentDbContext db, AuditLog audit, TimeProvider clock)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public async Task<WriteResult<JobSeeker>> RecordAsync(JobSeeker person, ConsentAnswer answer, Guid? recordedById)
    {
        var problems = await ProblemsAsync(person, answer);
        if (problems.Count > 0)
        {
            return WriteResult.Refused<JobSeeker>([.. problems]);
        }
        var now = clock.GetUtcNow();
        var agreed = answer.Decision == ConsentDecision.Agreed;
        var explained = answer.Decision == ConsentDecision.Withdrawn ? null : answer.ExplainedHow?.Trim();
        person.ConsentToShare = agreed;
        person.ConsentRecordedAt = now;
        person.ConsentRecordedById = recordedById;
        person.ConsentExplainedHow = agreed ? explained : null;
        person.UpdatedAt = now;
        db.ConsentRecords.Add(new ConsentRecord
        {
            JobSeekerId = person.Id, Decision = answer.Decision, Given = agreed, DecidedOn = answer.DecidedOn,
            RecordedAt = now, RecordedById = recordedById, ExplainedHow = explained,
        });
        audit.Add(person.Id, recordedById, agreed ? AuditLog.ConsentGiven : AuditLog.ConsentWithdrawn,
            $"{answer.Decision.Label()} on {answer.DecidedOn.ToString("d MMMM yyyy", English)}");
        await db.SaveChangesAsync();
        return WriteResult.Saved(person);
    }

    /// <summary>The person's answers, newest first.</summary>
    public static IQueryable<ConsentRecord> HistoryOf(EmploymentDbContext db, Guid personId) =>
        db.ConsentRecords.Where(c => c.JobSeekerId == personId).OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id);

    private async Task<List<Problem>> ProblemsAsync(JobSeeker person, ConsentAnswer answer)
    {
        var problems = new List<Problem>();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        if (answer.DecidedOn > today)
        {
            problems.Add(new(nameof(ConsentAnswer.DecidedOn), "The date cannot be in the future"));
        }
        var latest = await HistoryOf(db, person.Id).FirstOrDefaultAsync();
        if (answer.Decision == ConsentDecision.Withdrawn)
        {
            if (!person.ConsentToShare)
            {
                problems.Add(Problem.ForPage($"{person.DisplayName} has not agreed to share, so there is nothing to withdraw"));
            }
            else if (latest?.DecidedOn is { } agreedOn && answer.DecidedOn < agreedOn)
            {
                problems.Add(new(nameof(ConsentAnswer.DecidedOn), $"The date must be on or after {agreedOn.ToString("d MMMM yyyy", English)}, when they agreed"));
            }
        }
        else if (string.IsNullOrWhiteSpace(answer.ExplainedHow))
        {
            problems.Add(new(nameof(ConsentAnswer.ExplainedHow), "Select how sharing was explained to the person"));
        }
        return problems;
    }
}

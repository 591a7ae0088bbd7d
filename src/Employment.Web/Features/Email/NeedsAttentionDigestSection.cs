using Employment.Core.Casework;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Email;

/// <summary>
/// Who needs attention and why, counted by <see cref="NeedsAttention"/> as the coach's home page counts them.
/// It sends a digest on its own only for what cannot wait (a follow-up overdue, a job at risk); otherwise it goes
/// along with a digest sent for something else.
/// </summary>
public sealed class NeedsAttentionDigestSection(EmploymentDbContext db, NeedsAttention attention) : IDigestSection
{
    /// <summary>The counts above the list say how many there are, so a very long caseload does not make a very long email.</summary>
    private const int MostListed = 50;

    public int Order => 5;

    public async Task<DigestPart?> BuildAsync(Guid coachId, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var caseload = attention.CaseloadOf(coachId);
        var totals = await attention.TotalsAsync(caseload, today, cancellationToken);
        if (totals.People == 0)
        {
            return null;
        }
        var weeks = attention.NoContactWeeks;
        var people = await (from a in attention.Needing(caseload, today)
                            join j in db.JobSeekers on a.JobSeekerId equals j.Id
                            orderby j.LastName, j.FirstName
                            select new { Attention = a, j.FirstName, j.LastName, j.SourceId })
            .Take(MostListed)
            .ToListAsync(cancellationToken);
        List<string> lines =
        [
            $"{totals.People} {(totals.People == 1 ? "person needs" : "people need")} attention.",
            .. totals.ByReason.Select(r => $"{r.Reason.Label(weeks)}: {r.People} {(r.People == 1 ? "person" : "people")}."),
            .. people.Select(p => $"{JobSeeker.NameFor(p.FirstName, p.LastName, p.SourceId, p.Attention.JobSeekerId)}: {string.Join(", ", p.Attention.Reasons.Select(r => r.Label(weeks)))}."),
        ];
        return new DigestPart("Needs attention", lines, SendsDigest: totals.FollowUpOverdue > 0 || totals.JobAtRisk > 0,
            About: people.Select(p => p.Attention.JobSeekerId).ToList());
    }
}

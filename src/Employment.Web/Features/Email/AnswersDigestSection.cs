using System.Globalization;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Email;

/// <summary>
/// What the coach's job seekers said in their own view since the coach's previous digest (issue 7).
/// <para>
/// "Since" is the moment the coach's last digest email was queued (its outbox row's <c>CreatedAt</c>, which is the
/// same moment the digest was built), and "until" is the moment this digest is built; the window is
/// (previous, now]. So an answer is listed exactly once: a skipped run or a day with no digest loses nothing (the
/// window simply covers more days), and a rerun on the same day repeats nothing (the outbox keeps one digest per
/// coach per day, and the window is measured from a digest of an earlier day, so a rerun builds the same list). A coach
/// who has never had a digest gets the answers of the last <see cref="FirstDigestDays"/> days. The clock is the
/// injected <see cref="TimeProvider"/>, through the digest job. Erased people are left out.
/// </para>
/// </summary>
public sealed class AnswersDigestSection(EmploymentDbContext db, JobSeekerAnswersSince answers) : IDigestSection
{
    public const int FirstDigestDays = 7;

    public int Order => 20;

    public async Task<DigestPart?> BuildAsync(Guid coachId, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = await db.OutboxEmails.PreviousDigestAtAsync(coachId, today, cancellationToken) ?? now.AddDays(-FirstDigestDays);
        var said = await answers.ForCoachAsync(coachId, since, now, cancellationToken);
        if (said.Count == 0)
        {
            return null;
        }
        var english = CultureInfo.GetCultureInfo("en-GB");
        var lines = said.OrderBy(a => a.PersonName, StringComparer.Ordinal).ThenBy(a => a.RecordedAt).Select(a =>
        {
            var job = a.JobTitle is null ? "" : $" ({a.JobTitle} at {a.EmployerName})";
            var words = string.IsNullOrWhiteSpace(a.Words) ? "" : $" In their words: \"{a.Words.Trim()}\".";
            var beside = a.CoachWasBeside ? " You were with them." : "";
            return $"{a.PersonName}: {a.What}{job}, {a.RecordedAt.UtcDateTime.ToString("d MMMM", english)}.{words}{beside}";
        }).ToList();
        return new DigestPart("What people told you in their own view", lines, About: said.Select(a => a.JobSeekerId).ToList());
    }
}

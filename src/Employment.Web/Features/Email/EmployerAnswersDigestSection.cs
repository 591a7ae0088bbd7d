using System.Globalization;
using Employment.Core.Data;
using Employment.Core.Placements;

namespace Employment.Web.Features.Email;

/// <summary>
/// What employers answered in the site about the coach's people, and who they would like to meet, since the coach's
/// previous digest: the same window as <see cref="AnswersDigestSection"/>, so each is listed exactly once.
/// </summary>
public sealed class EmployerAnswersDigestSection(EmploymentDbContext db, EmployerActivity activity) : IDigestSection
{
    public int Order => 25;

    public async Task<DigestPart?> BuildAsync(Guid coachId, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = await db.OutboxEmails.PreviousDigestAtAsync(coachId, today, cancellationToken) ?? now.AddDays(-AnswersDigestSection.FirstDigestDays);
        var said = await activity.ForCoachAsync(coachId, since, now, cancellationToken);
        if (said.Count == 0)
        {
            return null;
        }
        var english = CultureInfo.GetCultureInfo("en-GB");
        var lines = said.OrderBy(a => a.PersonName, StringComparer.Ordinal).ThenBy(a => a.At)
            .Select(a => $"{a.PersonName} ({a.JobTitle} at {a.EmployerName}): {a.What}. {a.ByName}, {a.At.UtcDateTime.ToString("d MMMM", english)}.")
            .ToList();
        return new DigestPart("What employers said", lines, About: said.Select(a => a.JobSeekerId).Distinct().ToList());
    }
}

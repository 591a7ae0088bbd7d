using System.Globalization;
using Employment.Core.Data;
using Employment.Core.Placements;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Email;

/// <summary>The coach's follow-ups due today and overdue, by the same rule as their home page.</summary>
public sealed class FollowUpsDigestSection(EmploymentDbContext db) : IDigestSection
{
    public int Order => 10;

    public async Task<DigestPart?> BuildAsync(Guid coachId, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await db.FollowUps.AsNoTracking().ForCoach(coachId).DueBy(today)
            .OrderBy(f => f.DueOn).ThenBy(f => f.Placement!.JobSeeker!.LastName)
            .Select(f => new
            {
                f.Kind, f.DueOn, f.Notes, f.Placement!.JobSeeker!.FirstName, f.Placement.JobSeeker.LastName, f.Placement.JobSeeker.SourceId,
                PersonId = f.Placement.JobSeeker.Id, f.Placement.Opportunity!.Title, Employer = f.Placement.Opportunity.Employer!.Name,
            })
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return null;
        }
        var lines = due.Select(f =>
        {
            var when = f.DueOn < today ? $"overdue since {f.DueOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}" : "due today";
            var note = string.IsNullOrWhiteSpace(f.Notes) ? "" : $" Note: {f.Notes}";
            return $"{Core.JobSeekers.JobSeeker.NameFor(f.FirstName, f.LastName, f.SourceId, f.PersonId)}: {KindLabel(f.Kind)} ({f.Title} at {f.Employer}), {when}.{note}";
        }).ToList();
        return new DigestPart("Follow-ups to do", lines, About: due.Select(f => f.PersonId).ToList());
    }

    public static string KindLabel(FollowUpKind kind) => kind switch
    {
        FollowUpKind.CoachCheckIn => "check in with the person",
        FollowUpKind.Milestone13Weeks => "13-week check with the employer",
        FollowUpKind.Milestone26Weeks => "26-week check with the employer",
        FollowUpKind.Milestone52Weeks => "52-week check with the employer",
        FollowUpKind.PlanMoveIntoPaidWork => "plan the move into paid work",
        _ => kind.ToString(),
    };
}

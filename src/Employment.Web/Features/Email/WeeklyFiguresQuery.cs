using Employment.Core.Data;
using Employment.Core.Placements;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Email;

/// <summary>Counts only, no individuals: the full statistics pages come later.</summary>
public sealed record WeeklyFigures(int Starts, int PeopleInWork, int MilestonesConfirmed, int NoLongerWorking);

/// <summary>The weekly summary's totals for the seven days before a day.</summary>
public sealed class WeeklyFiguresQuery(EmploymentDbContext db)
{
    public async Task<WeeklyFigures> FiguresAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var from = today.AddDays(-7);
        var fromInstant = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var toInstant = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var starts = await db.PlacementEvents.CountAsync(e => e.Type == PlacementEventType.Started && e.OccurredOn >= from && e.OccurredOn < today, cancellationToken);
        var inWork = await db.Placements.Where(p => p.Stage == PlacementEventType.Started && p.JobSeeker!.ErasedAt == null)
            .Select(p => p.JobSeekerId).Distinct().CountAsync(cancellationToken);
        var answered = db.EmploymentChecks.Where(c => c.AnsweredAt >= fromInstant && c.AnsweredAt < toInstant);
        var confirmed = await answered.CountAsync(c => c.StillEmployed == true, cancellationToken);
        var ended = await answered.CountAsync(c => c.StillEmployed == false, cancellationToken);
        return new WeeklyFigures(starts, inWork, confirmed, ended);
    }
}

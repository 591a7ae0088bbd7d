using Employment.Core.Data;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Internships;

/// <param name="InternshipStartedOn">The start of their supported internship placement at the host, or the programme's intake day when none is recorded.</param>
/// <param name="PaidJobStartedOn">The first paid job (paid job or apprenticeship) started on or after the internship's start, during it or after.</param>
public sealed record InternOutcome(Guid InternId, Guid ProgrammeId, Guid JobSeekerId, DateOnly InternshipStartedOn, DateOnly? PaidJobStartedOn, bool PaidJobAtHost)
{
    public bool MovedIntoPaidWork => PaidJobStartedOn is not null;
}

/// <summary>A programme's conversion: how many of its interns moved into paid work, at the host or elsewhere.</summary>
public sealed record ProgrammeConversion(int Interns, int InPaidWork, int AtHost)
{
    /// <summary>The NHS aims for at least half of its supported internships to turn into paid jobs.</summary>
    public const double NhsAim = 0.5;

    public int Elsewhere => InPaidWork - AtHost;

    public double? Rate => Interns == 0 ? null : (double)InPaidWork / Interns;

    public bool MeetsNhsAim => Rate >= NhsAim;

    public string Percent => Rate is { } rate ? Math.Round(100 * rate).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "no interns yet";

    public static ProgrammeConversion Of(IEnumerable<InternOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return new(list.Count, list.Count(o => o.MovedIntoPaidWork), list.Count(o => o.MovedIntoPaidWork && o.PaidJobAtHost));
    }
}

/// <summary>
/// Works out each intern's move into paid work from the placement facts (decision 0073): the internship is the person's
/// supported internship placement at the host, and a paid job is any paid placement started on or after its start, up
/// to the day asked about. Nothing about the outcome is stored on the programme.
/// </summary>
public sealed class InternshipConversion(EmploymentDbContext db)
{
    public async Task<IReadOnlyList<InternOutcome>> OutcomesAsync(IQueryable<Intern> interns, DateOnly asOf, CancellationToken ct = default)
    {
        var rows = await interns
            .Select(i => new { i.Id, i.ProgrammeId, i.JobSeekerId, i.Programme!.HostEmployerId, i.Programme.IntakeStartsOn })
            .ToListAsync(ct);
        var people = rows.Select(r => r.JobSeekerId).Distinct().ToList();
        var paidKinds = Enum.GetValues<OpportunityKind>().Where(k => k.IsPaid()).ToList();
        var starts = await db.PlacementEvents.AsNoTracking()
            .Where(e => e.Type == PlacementEventType.Started && e.OccurredOn <= asOf && people.Contains(e.Placement!.JobSeekerId))
            .Select(e => new { e.Placement!.JobSeekerId, e.OccurredOn, e.Placement.Opportunity!.Kind, e.Placement.Opportunity.EmployerId })
            .ToListAsync(ct);
        return rows.Select(r =>
        {
            var mine = starts.Where(s => s.JobSeekerId == r.JobSeekerId).ToList();
            var internshipStart = mine.Where(s => s.Kind == OpportunityKind.SupportedInternship && s.EmployerId == r.HostEmployerId)
                .Select(s => (DateOnly?)s.OccurredOn).Min() ?? r.IntakeStartsOn;
            var job = mine.Where(s => paidKinds.Contains(s.Kind) && s.OccurredOn >= internshipStart).OrderBy(s => s.OccurredOn).FirstOrDefault();
            return new InternOutcome(r.Id, r.ProgrammeId, r.JobSeekerId, internshipStart, job?.OccurredOn, job is not null && job.EmployerId == r.HostEmployerId);
        }).ToList();
    }
}

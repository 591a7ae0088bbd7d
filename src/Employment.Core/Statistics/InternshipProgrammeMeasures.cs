using Employment.Core.Data;
using Employment.Core.Internships;

namespace Employment.Core.Statistics;

/// <summary>
/// Supported internship programmes' conversion for the adviser dashboard: every programme that had started by the end
/// of the period, its interns and how many moved into paid work by then, suppressed like every other count. The filters
/// narrow it as they narrow every other table (decision 0062's attacker adds the parts up): the intern's council and
/// age on the period's last day, the host's Disability Confident level, and any kind but supported internship leaves none.
/// </summary>
public sealed class InternshipProgrammeMeasures(EmploymentDbContext db)
{
    public const string Key = "internship-programmes";

    public async Task<StatisticsTable> TableAsync(StatisticsFilter filter, Period period, CancellationToken ct = default)
    {
        var interns = db.Interns.Where(i => i.Programme!.IntakeStartsOn <= period.To);
        if (filter.LocalAuthorityId is { } council)
        {
            interns = interns.Where(i => i.JobSeeker!.LocalAuthorityId == council);
        }
        if (filter.AgeBand is { } band)
        {
            // Age on the period's last day; under 16s count with 16 to 24, as everywhere else.
            var (min, max) = band.Range();
            var bornAfter = period.To.AddYears(-(max + 1));
            var bornOnOrBefore = period.To.AddYears(band == AgeBand.Age16To24 ? 0 : -min);
            interns = interns.Where(i => i.JobSeeker!.DateOfBirth > bornAfter && i.JobSeeker.DateOfBirth <= bornOnOrBefore);
        }
        if (filter.Kind is { } kind && kind != Opportunities.OpportunityKind.SupportedInternship)
        {
            interns = interns.Where(_ => false);
        }
        if (filter.DcLevel is { } level)
        {
            interns = interns.Where(i => i.Programme!.HostEmployer!.DcLevel == level);
        }
        var f = ProgrammeConversion.Of(await new InternshipConversion(db).OutcomesAsync(interns, period.To, ct));
        var inWork = Suppression.Part(f.InPaidWork, f.Interns);
        var shown = inWork == Suppression.Count(f.InPaidWork);
        // Where they work adds up to "in paid work": when either place is small, both are hidden, as the paid-work bands are.
        IReadOnlyList<string> places = shown && !Suppression.IsSuppressed(f.AtHost) && !Suppression.IsSuppressed(f.Elsewhere)
            ? [Suppression.Count(f.AtHost), Suppression.Count(f.Elsewhere)]
            : [Suppression.NotShown, Suppression.NotShown];
        var day = period.To.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        return new(Key, $"Supported internship programmes started by {day}: interns in paid work against the NHS aim of at least half",
            ["Measure", "Interns", "Share"],
            [
                new("Interns on the programmes", [StatisticsCell.Count(f.Interns), StatisticsCell.Label("")]),
                new("In paid work since their internship started", [new(inWork), shown ? StatisticsCell.Share(f.InPaidWork, f.Interns) : new(Suppression.NotShown)]),
                new("Of them, at the host employer", [new(places[0]), StatisticsCell.Label("")]),
                new("Of them, with another employer", [new(places[1]), StatisticsCell.Label("")]),
                new("NHS aim", [StatisticsCell.Label(""), StatisticsCell.Label("at least 50%")]),
            ]);
    }
}

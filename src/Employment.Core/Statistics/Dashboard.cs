using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Core.Statistics.Costs;
using Microsoft.Extensions.Caching.Memory;

namespace Employment.Core.Statistics;

/// <param name="WorkedOutAt">When the outcome figures were worked out: the snapshot's build time, or null when worked out just now.</param>
public sealed record DashboardFigures(Period Period, IReadOnlyList<StatisticsTable> Tables, IReadOnlyList<Trend> Trends, DateTimeOffset? WorkedOutAt = null)
{
    public IEnumerable<StatisticsTable> AllTables => Tables.Concat(Trends.Select(t => t.Table));
}

/// <summary>Every table and trend the adviser dashboard shows, already suppressed; the page and its CSV exports both use this.</summary>
/// <param name="cache">Keeps the snapshot's answers in this node's memory when given (the site); null works them out every time.</param>
public sealed class Dashboard(EmploymentDbContext db, IMemoryCache? cache = null)
{
    public const int TrendQuarters = 8;

    public async Task<DashboardFigures> BuildAsync(StatisticsFilter filter, Period period, DateOnly today, CancellationToken ct = default)
    {
        var quarters = Period.QuartersEndingWith(period.To, TrendQuarters);
        IReadOnlyList<Period> both = quarters.Contains(period) ? quarters : [period, .. quarters];
        IReadOnlyList<Period> one = [period];
        // Today's snapshot when it covers these periods (decision 0027); otherwise worked out from the spells now.
        var snapshot = await StatisticsSnapshot.LatestAsync(db, ct);
        var fromSnapshot = snapshot is not null && snapshot.AsOf == today && snapshot.Covers(both);
        IOutcomeMeasures outcomes = !fromSnapshot ? new OutcomeMeasures(db)
            : cache is null ? new SnapshotMeasures(db, snapshot!)
            : new CachedSnapshotMeasures(new SnapshotMeasures(db, snapshot!), snapshot!, cache);
        var employers = new EmployerMeasures(db);

        var work = await outcomes.InPaidWorkAsync(filter, both, today, ct);
        // ASCOF 1E has its own population (18 to 64, long-term support for a learning disability) and counts every kind of
        // paid work, so only the council filter applies to it.
        var ascof = filter == new StatisticsFilter(filter.LocalAuthorityId)
            ? work.Single(w => w.Period == period)
            : (await outcomes.InPaidWorkAsync(new StatisticsFilter(filter.LocalAuthorityId), one, today, ct)).Single();
        var starts = await outcomes.StartsAsync(filter, both, today, ct);
        var sustained = await outcomes.SustainedAsync(filter, both, today, ct);
        var jobOutcomes = await outcomes.JobOutcomesAsync(filter, one, today, ct);
        var internships = await outcomes.InternshipsAsync(filter, one, today, ct);
        var firstJob = await outcomes.TimeToFirstJobAsync(filter, one, today, ct);
        var members = await employers.DisabilityConfidentAsync(filter, one, today, ct);
        var posted = await employers.PostedByLevelAsync(filter, one, today, ct);
        var costs = await FurtherEducationCostsService.InUseAsync(db, filter.LocalAuthorityId, ct);

        var internship = internships.Single();
        var tables = new List<StatisticsTable>
        {
            PaidWorkTable(work.Single(w => w.Period == period)),
            AscofTable(ascof),
            AscofBaselinesTable(),
            StartsTable(starts.Where(s => s.Period == period).ToList()),
            SustainedTable(sustained.Where(s => s.Period == period).ToList()),
            JobOutcomesTable(jobOutcomes.Single()),
            InternshipsTable(internship),
            CostAvoidedTable(internship, costs),
            FirstJobTable(firstJob.Single()),
            DisabilityConfidentTable(members),
            PostedTable(posted),
        };
        tables.Add(await new InternshipProgrammeMeasures(db).TableAsync(filter, period, ct));
        var trends = new List<Trend>
        {
            PaidWorkTrend(quarters.Select(q => work.Single(w => w.Period == q)).ToList()),
            JobsStartedTrend(quarters.Select(q => (q, starts.Where(s => s.Period == q && s.Kind.IsPaid()).Sum(s => s.Starts))).ToList()),
            SustainedTrend(quarters.Select(q => sustained.Single(s => s.Period == q && s.Weeks == 13)).ToList()),
        };
        return new DashboardFigures(period, tables, trends, fromSnapshot ? snapshot!.BuiltAt : null);
    }

    private static StatisticsCell Cell(string text) => new(text);

    private static StatisticsTable PaidWorkTable(PaidWorkFigures f)
    {
        var inWork = Suppression.Part(f.InPaidWork, f.Active);
        // The bands add up to "in paid work": when it is hidden, so are they, or adding them up would show it.
        // With two bands, hiding one means hiding both; the attacker's check found "fewer than 5" beside "not shown" narrowed
        // across the Disability Confident filters, so both are simply "not shown".
        IReadOnlyList<string> bands = inWork == Suppression.Count(f.InPaidWork) && !Suppression.IsSuppressed(f.Hours16OrMore) && !Suppression.IsSuppressed(f.HoursUnder16)
            ? [Suppression.Count(f.Hours16OrMore), Suppression.Count(f.HoursUnder16)]
            : [Suppression.NotShown, Suppression.NotShown];
        StatisticsCell ShareOf(int part, string shown) => shown == Suppression.Count(part) ? StatisticsCell.Share(part, f.Active) : Cell(Suppression.NotShown);
        return new("paid-work", $"People in paid work on {Day(f.Period.To)}", ["Measure", "People", "Share of the active caseload"],
        [
            new("Active on the caseload", [StatisticsCell.Count(f.Active), StatisticsCell.Label("")]),
            new("In paid work (any hours)", [Cell(inWork), inWork == Suppression.Count(f.InPaidWork) ? StatisticsCell.Share(f.InPaidWork, f.Active) : Cell(Suppression.NotShown)]),
            new("Working 16 hours a week or more", [Cell(bands[0]), ShareOf(f.Hours16OrMore, bands[0])]),
            new("Working under 16 hours a week", [Cell(bands[1]), ShareOf(f.HoursUnder16, bands[1])]),
            new("Everyone who has ever joined (for reference)", [StatisticsCell.Count(f.JobSeekers), StatisticsCell.Label("")]),
        ]);
    }

    private static StatisticsTable AscofTable(PaidWorkFigures f) =>
        new("ascof-1e", $"ASCOF 1E for the people on this platform, on {Day(f.Period.To)}", ["Measure", "People", "Share"],
        [
            new("Denominator: adults aged 18 to 64 with long-term support for a learning disability", [StatisticsCell.Count(f.AscofPeople), StatisticsCell.Label("")]),
            new("Numerator: of them, in paid work (any hours)", [StatisticsCell.Part(f.AscofInPaidWork, f.AscofPeople), StatisticsCell.Share(f.AscofInPaidWork, f.AscofPeople)]),
        ]);

    private static StatisticsTable AscofBaselinesTable() =>
        new("ascof-baselines", "For comparison: published ASCOF 1E figures (adults aged 18 to 64 with long-term support for a learning disability, in paid work)",
            ["Area", "Year", "Share in paid work", "Source"],
            Assumptions.AscofBaselines.Select(b => new StatisticsRow(b.Area,
                [StatisticsCell.Label(b.Year), Cell(b.Percent.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%"), StatisticsCell.Label(b.Source)])).ToList());

    private static StatisticsTable StartsTable(IReadOnlyList<StartFigures> starts)
    {
        var paid = starts.Where(s => s.Kind.IsPaid()).ToList();
        var paidShown = Suppression.Parts(paid.Select(s => s.Starts).ToList());
        var rows = new List<StatisticsRow> { new("All paid jobs (paid job, apprenticeship)", [StatisticsCell.Count(paid.Sum(s => s.Starts))]) };
        rows.AddRange(paid.Select((s, i) => new StatisticsRow(s.Kind.Label(), [Cell(paidShown[i])])));
        rows.AddRange(starts.Where(s => !s.Kind.IsPaid()).Select(s => new StatisticsRow(s.Kind.Label(), [StatisticsCell.Count(s.Starts)])));
        return new("starts", "Placements started in the period", ["Kind of opportunity", "Started"], rows);
    }

    private static StatisticsTable SustainedTable(IReadOnlyList<SustainmentFigures> figures) =>
        new("sustained", "Paid jobs started in the period and still going", ["Weeks after the start", "Jobs old enough to count", "Still in the job", "Share"],
            figures.Select(f => new StatisticsRow($"{f.Weeks} weeks", [StatisticsCell.Count(f.Counted), StatisticsCell.Part(f.Sustained, f.Counted), StatisticsCell.Share(f.Sustained, f.Counted)])).ToList());

    private static StatisticsTable JobOutcomesTable(JobOutcomeFigures f) =>
        new("job-outcomes", "DWP-style job outcomes for paid jobs started in the period", ["Measure", "Jobs", "Share"],
        [
            new("Paid jobs started at least 26 weeks ago", [StatisticsCell.Count(f.Counted), StatisticsCell.Label("")]),
            new("Reached the earnings of a job outcome", [StatisticsCell.Part(f.Outcomes, f.Counted), StatisticsCell.Share(f.Outcomes, f.Counted)]),
        ]);

    private static StatisticsTable InternshipsTable(InternshipFigures f) =>
        new("internships", "Supported internships that ended in the period", ["Measure", "Internships", "Share"],
        [
            new("Ended in the period", [StatisticsCell.Count(f.Finished), StatisticsCell.Label("")]),
            new("Completed (ran their planned length)", [StatisticsCell.Part(f.Completed, f.Finished), StatisticsCell.Share(f.Completed, f.Finished)]),
            new("Completed, or left early for a paid job, at least 6 months ago", [StatisticsCell.Count(f.CountedAt6Months), StatisticsCell.Label("")]),
            new("In paid work within 6 months", [StatisticsCell.Part(f.ConvertedIn6Months, f.CountedAt6Months), StatisticsCell.Share(f.ConvertedIn6Months, f.CountedAt6Months)]),
            new("Completed, or left early for a paid job, at least 12 months ago", [StatisticsCell.Count(f.CountedAt12Months), StatisticsCell.Label("")]),
            new("In paid work within 12 months", [StatisticsCell.Part(f.ConvertedIn12Months, f.CountedAt12Months), StatisticsCell.Share(f.ConvertedIn12Months, f.CountedAt12Months)]),
        ]);

    /// <summary>The chosen council's own costs (set by an administrator), otherwise the default: Stoke-on-Trent's.</summary>
    private static StatisticsTable CostAvoidedTable(InternshipFigures f, FurtherEducationCosts costs)
    {
        var hidden = Suppression.PartIsHidden(f.ConvertedIn12Months, f.CountedAt12Months);
        StatisticsCell Cost(decimal perYear) => hidden ? Cell(Suppression.NotShown) : StatisticsCell.Pounds(Suppression.Rounded(f.ConvertedIn12Months) * perYear);
        return new("cost-avoided", "Estimated further education cost avoided in a year by internships turning into paid work", ["Estimate", "Low", "High"],
        [
            new($"Assumed cost of a year in education per person ({costs.Source})", [StatisticsCell.Pounds(costs.YearLow), StatisticsCell.Pounds(costs.YearHigh)]),
            new("Interns in paid work within 12 months × assumed cost", [Cost(costs.YearLow), Cost(costs.YearHigh)]),
        ]);
    }

    private static StatisticsTable FirstJobTable(FirstJobFigures f) =>
        new("first-job", "Time from joining to a first paid job", ["Measure", "Value"],
        [
            new("People whose first paid job started in the period", [StatisticsCell.Count(f.People)]),
            new("Median time from joining", [StatisticsCell.Days(f.MedianDays, f.People)]),
        ]);

    /// <summary>DWP publishes the list of members, so employer counts are public and shown as they are (decision 0061).</summary>
    private static StatisticsTable DisabilityConfidentTable(IReadOnlyList<DisabilityConfidentFigures> figures) =>
        new("disability-confident", "Disability Confident employers by level", ["Level", "Members at the end of the period", "New in the period", "Lapsed in the period"],
            figures.Select(f => new StatisticsRow(f.Level.Label(), [StatisticsCell.Exact(f.MembersAtEnd), StatisticsCell.Exact(f.New), StatisticsCell.Exact(f.Lapsed)])).ToList());

    private static StatisticsTable PostedTable(IReadOnlyList<PostedFigures> figures) =>
        new("posted", "Opportunities posted in the period, by the employer's Disability Confident level that day", ["Level", "Opportunities posted"],
            figures.Select(f => new StatisticsRow(f.Level.Label(), [StatisticsCell.Count(f.Posted)])).ToList());

    private static Trend PaidWorkTrend(IReadOnlyList<PaidWorkFigures> figures) => new(
        "Share of the active caseload in paid work at the end of each quarter", true,
        figures.Select(f => new TrendPoint(f.Period.ShortLabel, Suppression.Rate(f.InPaidWork, f.Active))).ToList(),
        Assumptions.AscofBaselines.Select(b => ($"ASCOF 1E {b.Area} {b.Year}", b.Percent)).ToList(),
        new("trend-paid-work", "In paid work at the end of each quarter", ["Quarter", "Active on the caseload", "In paid work", "Share"],
            figures.Select(f => new StatisticsRow(f.Period.Label, [StatisticsCell.Count(f.Active), StatisticsCell.Part(f.InPaidWork, f.Active), StatisticsCell.Share(f.InPaidWork, f.Active)])).ToList()));

    private static Trend JobsStartedTrend(IReadOnlyList<(Period Quarter, int Starts)> figures) => new(
        "Paid jobs started each quarter", false,
        figures.Select(f => new TrendPoint(f.Quarter.ShortLabel, Suppression.IsSuppressed(f.Starts) ? null : Suppression.Rounded(f.Starts))).ToList(),
        [],
        new("trend-jobs-started", "Paid jobs started each quarter", ["Quarter", "Paid jobs started"],
            figures.Select(f => new StatisticsRow(f.Quarter.Label, [StatisticsCell.Count(f.Starts)])).ToList()));

    private static Trend SustainedTrend(IReadOnlyList<SustainmentFigures> figures) => new(
        "Share of paid jobs still going after 13 weeks, by quarter started", true,
        figures.Select(f => new TrendPoint(f.Period.ShortLabel, Suppression.Rate(f.Sustained, f.Counted))).ToList(),
        [],
        new("trend-sustained", "Paid jobs still going after 13 weeks, by quarter started", ["Quarter started", "Jobs old enough to count", "Still in the job at 13 weeks", "Share"],
            figures.Select(f => new StatisticsRow(f.Period.Label, [StatisticsCell.Count(f.Counted), StatisticsCell.Part(f.Sustained, f.Counted), StatisticsCell.Share(f.Sustained, f.Counted)])).ToList()));

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}

using Employment.Core.Data;

namespace Employment.Core.Statistics;

/// <summary>
/// What the last statistics snapshot holds (decision 0027): built at <see cref="BuiltAt"/> from the records as they were then,
/// with "today" <see cref="AsOf"/>, for every quarter and financial year from <see cref="FirstQuarter"/> to
/// <see cref="LastEnd"/> (the end of the financial year holding <see cref="AsOf"/>). <see cref="Version"/> is the change
/// counter it was built after.
/// </summary>
public sealed record StatisticsSnapshot(DateTimeOffset BuiltAt, DateOnly AsOf, DateOnly FirstQuarter, DateOnly LastEnd, long Version)
{
    /// <summary>
    /// True when every period is a calendar quarter or a financial year ending by <see cref="LastEnd"/>. Periods before
    /// <see cref="FirstQuarter"/> are covered too: nothing had happened then, so every figure is nought.
    /// </summary>
    public bool Covers(IEnumerable<Period> periods) => periods.All(p => p.To <= LastEnd && (IsQuarter(p) || IsFinancialYear(p)));

    public static async Task<StatisticsSnapshot?> LatestAsync(EmploymentDbContext db, CancellationToken ct = default)
    {
        var rows = await MeasureQuery.ReadAsync(db, "SELECT built_at, as_of, first_quarter, last_end, version FROM statistics_snapshot", [], r => new StatisticsSnapshot(
                r.GetFieldValue<DateTimeOffset>(0), r.GetFieldValue<DateOnly>(1), r.GetFieldValue<DateOnly>(2), r.GetFieldValue<DateOnly>(3), r.GetInt64(4)), ct);
        return rows.SingleOrDefault();
    }

    private static bool IsQuarter(Period p) => Period.QuarterContaining(p.From) is var q && q.From == p.From && q.To == p.To;

    private static bool IsFinancialYear(Period p) => Period.FinancialYearContaining(p.From) is var y && y.From == p.From && y.To == p.To;
}

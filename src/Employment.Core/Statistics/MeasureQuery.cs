using System.Data.Common;
using Employment.Core.Data;
using Employment.Core.Opportunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Employment.Core.Statistics;

/// <summary>
/// The SQL every measure shares: the periods asked for, and "spells" (<see cref="PlacementSpell"/>: one row per start of
/// a placement, with the first end recorded after it), narrowed by the filter. Measures run in PostgreSQL because the
/// event table is large.
/// </summary>
internal sealed class MeasureQuery
{
    private static readonly OpportunityKind[] PaidKinds = Enum.GetValues<OpportunityKind>().Where(k => k.IsPaid()).ToArray();

    private readonly StatisticsFilter _filter;
    private readonly List<NpgsqlParameter> _parameters = [];

    public MeasureQuery(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today)
    {
        if (periods.Count == 0)
        {
            throw new ArgumentException("At least one period is needed.", nameof(periods));
        }
        _filter = filter;
        Add("froms", NpgsqlDbType.Array | NpgsqlDbType.Date, periods.Select(p => p.From).ToArray());
        Add("tos", NpgsqlDbType.Array | NpgsqlDbType.Date, periods.Select(p => p.To).ToArray());
        Add("first", NpgsqlDbType.Date, periods.Min(p => p.From));
        Add("last", NpgsqlDbType.Date, periods.Max(p => p.To));
        PeriodNumbers = Enumerable.Range(1, periods.Count).ToList();
        Add("today", NpgsqlDbType.Date, today);
        Add("paid", NpgsqlDbType.Array | NpgsqlDbType.Text, Words(PaidKinds.Where(k => filter.Kind is null || filter.Kind == k)));
        Add("paid_any", NpgsqlDbType.Array | NpgsqlDbType.Text, Words(PaidKinds));
        Add("kinds", NpgsqlDbType.Array | NpgsqlDbType.Text, Words(Enum.GetValues<OpportunityKind>().Where(k => filter.Kind is null || filter.Kind == k)));
        if (filter.LocalAuthorityId is { } la)
        {
            Add("la", NpgsqlDbType.Integer, la);
        }
        if (filter.DcLevel is { } level)
        {
            Add("dc", NpgsqlDbType.Text, SnakeCase.Of(level));
        }
        if (filter.AgeBand is { } band)
        {
            Add("age_min", NpgsqlDbType.Integer, band.Range().Min);
            Add("age_max", NpgsqlDbType.Integer, band.Range().Max);
        }
    }

    public const string Periods = "pe AS (SELECT x.from_on, x.to_on, x.n::int AS n FROM unnest(@froms, @tos) WITH ORDINALITY AS x(from_on, to_on, n))";

    /// <summary>
    /// Spells narrowed by the filter, read from <c>placement_spells</c> alone: the filter columns are copied onto each
    /// spell (migration EmploymentSchema), so no join is needed and PostgreSQL can push conditions into the scan.
    /// </summary>
    public string Spells => $"""
        spells AS (
            SELECT sp.start_event_id AS spell, sp.job_seeker_id AS person, sp.kind, sp.internship_length_months AS length_months,
                sp.started_on, sp.ended_on, sp.hours_per_week AS hours, sp.hourly_pay AS pay, sp.date_of_birth, sp.joined_on,
                sp.local_authority_id AS council, sp.dc_level
            FROM placement_spells sp
            WHERE sp.started_on <= @last {Council("sp")} {DcLevel("sp.dc_level")})
        """;

    /// <summary>
    /// The stretches of each spell (after <see cref="Spells"/>) in which the person counts as in work, with the hours in
    /// force: from the start or an hours change to the next change, the employer's "no longer working" or the end
    /// (<c>placement_work_periods</c>, kept by the spell trigger: decision 0036). <c>to_on</c> is the first day not counted.
    /// </summary>
    public const string Worked = """
        worked AS (
            SELECT s.person, s.kind, s.dc_level, s.council, s.date_of_birth, w.from_on, w.to_on, w.hours_per_week AS hours
            FROM spells s JOIN placement_work_periods w ON w.start_event_id = s.spell)
        """;

    /// <summary>1 to the number of periods, in the order given.</summary>
    public IReadOnlyList<int> PeriodNumbers { get; }

    /// <summary>
    /// A condition for a day falling in period <paramref name="k"/> (1-based), with the age filter on its last day: used
    /// inside <c>count(*) FILTER (…)</c>, so all periods are counted in one pass instead of joining rows to periods.
    /// </summary>
    public string In(int k, string day, string dateOfBirth) =>
        $"{day} BETWEEN (@froms)[{k}] AND (@tos)[{k}] {Age(dateOfBirth, $"(@tos)[{k}]")}";

    public string Council(string seeker) => _filter.LocalAuthorityId is null ? "" : $"AND {seeker}.local_authority_id = @la";

    public string DcLevel(string levelColumn) => _filter.DcLevel is null ? "" : $"AND {levelColumn} = @dc";

    /// <summary>Age on the last day of the period, in whole years.</summary>
    public string Age(string dateOfBirth, string onDay) => _filter.AgeBand is null ? "" :
        $"AND {dateOfBirth} > {onDay} - make_interval(years => @age_max + 1) AND {dateOfBirth} <= {onDay} - make_interval(years => @age_min)";

    /// <summary>
    /// The age band on <paramref name="onDay"/> as a number: 0 under 16, then each <see cref="AgeBand"/> in order
    /// (<see cref="BandCode"/>), and past the last band's upper age the number after it. The same comparisons as
    /// <see cref="Age"/>, so a band's rows are exactly the ones its filter keeps.
    /// </summary>
    public static string AgeBandCode(string dateOfBirth, string onDay)
    {
        var bands = Enum.GetValues<AgeBand>();
        var cases = bands.Select(b => $"WHEN {dateOfBirth} > {onDay} - make_interval(years => {b.Range().Max + 1}) THEN {BandCode(b)}");
        return $"(CASE WHEN {dateOfBirth} > {onDay} - make_interval(years => {bands.Min(b => b.Range().Min)}) THEN 0 {string.Join(" ", cases)} ELSE {bands.Length + 1} END)";
    }

    public static int BandCode(AgeBand band) => (int)band + 1;

    /// <summary>Fresh copies each time: a parameter belongs to one command only.</summary>
    public NpgsqlParameter[] Parameters => _parameters.Select(p => p.Clone()).ToArray();

    public void Add(string name, NpgsqlDbType type, object value) => _parameters.Add(new NpgsqlParameter(name, type) { Value = value });

    public Task<List<T>> ReadAsync<T>(EmploymentDbContext db, string sql, Func<DbDataReader, T> read, CancellationToken ct) =>
        ReadAsync(db, sql, Parameters, read, ct);

    public static async Task<List<T>> ReadAsync<T>(EmploymentDbContext db, string sql, NpgsqlParameter[] parameters, Func<DbDataReader, T> read, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.Parameters.AddRange(parameters);
            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(read(reader));
            }
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string[] Words(IEnumerable<OpportunityKind> kinds) => kinds.Select(k => SnakeCase.Of(k)).ToArray();
}

using System.Data.Common;
using System.Text;
using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.Matching;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using EmployerEntity = Employment.Core.Employers.Employer;

namespace Employment.Matching.Candidates;

/// <summary>
/// The Matches page's candidate opportunities in one hand-written query read straight from the data reader (decision
/// 0026): EF Core's query pipeline and materialiser cost more CPU and memory per page than the query itself. It is the LINQ query
/// <see cref="CandidateQuery"/> used to run, written out: the same filters, the same nearest-first order through the GiST
/// index (decision 0025), the same cap and columns. The column names and enum words are the EF model's;
/// <c>NearestOpportunitiesTests</c> holds the two equal on real PostgreSQL.
/// </summary>
internal static class NearestOpportunities
{
    /// <summary>What narrows the query; every number is worked out by <see cref="CandidateQuery"/>.</summary>
    public sealed record Request(
        Guid PersonId, double Latitude, double Longitude, (double MinLat, double MaxLat, double MinLon, double MaxLon) Box,
        double LatKm2, double LonKm2, double Reach2, bool MayTakeInternship, OpportunityKind? Kind, decimal? MinHours, decimal? MaxHours,
        DateOnly Today, int Limit);

    // The columns read below, by position.
    private const string Columns = """
        o.id, o.source_id, o.employer_id, e.source_id, e.name, e.dc_level, e.dc_valid_until, o.kind, o.title, o.soc_code,
        o.skills_required, o.adjustments_offered, o.hours_per_week, o.hourly_pay, o.pay_band, o.postcode, o.latitude, o.longitude,
        o.interview_guaranteed, o.posted_on, o.closes_on
        """;

    private static readonly string[] ActiveStages = [.. PlacementPipeline.Active.Select(SnakeCase.Of)];

    public static async Task<List<Opportunity>> ReadAsync(EmploymentDbContext db, Request r, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Sql(r, command.Parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var employers = new Dictionary<Guid, EmployerEntity>();
            var found = new List<Opportunity>(r.Limit);
            while (await reader.ReadAsync(cancellationToken))
            {
                found.Add(Read(reader, employers));
            }
            return found;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Sql(Request r, NpgsqlParameterCollection p)
    {
        Add(p, "today", r.Today);
        Add(p, "approved", SnakeCase.Of(ApprovalStatus.Approved));
        Add(p, "min_lat", r.Box.MinLat);
        Add(p, "max_lat", r.Box.MaxLat);
        Add(p, "min_lon", r.Box.MinLon);
        Add(p, "max_lon", r.Box.MaxLon);
        Add(p, "lat", r.Latitude);
        Add(p, "lon", r.Longitude);
        Add(p, "lat_km2", r.LatKm2);
        Add(p, "lon_km2", r.LonKm2);
        Add(p, "reach2", r.Reach2);
        Add(p, "person", r.PersonId);
        Add(p, "not_suitable", MatchFeedback.NotSuitable);
        Add(p, "active", ActiveStages);
        Add(p, "limit", r.Limit);
        var sql = new StringBuilder($"""
            SELECT {Columns}
            FROM opportunities AS o
            JOIN employers AS e ON e.id = o.employer_id
            WHERE o.closed_on IS NULL AND (o.closes_on IS NULL OR o.closes_on >= @today) AND o.posted_on <= @today AND e.approval = @approved
              AND o.latitude >= @min_lat AND o.latitude <= @max_lat AND o.longitude >= @min_lon AND o.longitude <= @max_lon
              AND ((o.latitude - @lat) * (o.latitude - @lat)) * @lat_km2 + ((o.longitude - @lon) * (o.longitude - @lon)) * @lon_km2 <= @reach2
            """);
        if (!r.MayTakeInternship)
        {
            Add(p, "internship", SnakeCase.Of(OpportunityKind.SupportedInternship));
            sql.Append("\n  AND o.kind <> @internship");
        }
        if (r.Kind is { } kind)
        {
            Add(p, "kind", SnakeCase.Of(kind));
            sql.Append("\n  AND o.kind = @kind");
        }
        if (r.MinHours is { } min)
        {
            Add(p, "min_hours", min);
            sql.Append("\n  AND o.hours_per_week >= @min_hours");
        }
        if (r.MaxHours is { } max)
        {
            Add(p, "max_hours", max);
            sql.Append("\n  AND o.hours_per_week <= @max_hours");
        }
        // Left out as the index scan goes, so the cap counts only what can still be suggested (decision 0025). No second
        // sort key: PostgreSQL cannot take one from the index and would go back to reading and sorting every row.
        sql.Append("""

              AND NOT EXISTS (SELECT 1 FROM match_feedback AS f WHERE f.job_seeker_id = @person AND f.opportunity_id = o.id AND f.verdict = @not_suitable)
              AND NOT EXISTS (SELECT 1 FROM placements AS pl WHERE pl.job_seeker_id = @person AND pl.opportunity_id = o.id AND pl.stage = ANY(@active))
            ORDER BY nearness(o.longitude, o.latitude, @lon, @lat)
            LIMIT @limit
            """);
        return sql.ToString();
    }

    private static void Add<T>(NpgsqlParameterCollection parameters, string name, T value) =>
        parameters.Add(new NpgsqlParameter<T>(name, value));

    /// <summary>One row; an employer seen before is the same object, as most of a page's opportunities share a few employers.</summary>
    private static Opportunity Read(DbDataReader r, Dictionary<Guid, EmployerEntity> employers)
    {
        var employerId = r.GetGuid(2);
        if (!employers.TryGetValue(employerId, out var employer))
        {
            employers[employerId] = employer = new EmployerEntity
            {
                Id = employerId,
                SourceId = NullableString(r, 3),
                Name = r.GetString(4),
                DcLevel = SnakeCase.Parse<DisabilityConfidentLevel>(r.GetString(5)),
                DcValidUntil = r.IsDBNull(6) ? null : r.GetFieldValue<DateOnly>(6),
            };
        }
        return new Opportunity
        {
            Id = r.GetGuid(0),
            SourceId = NullableString(r, 1),
            EmployerId = employerId,
            Employer = employer,
            Kind = SnakeCase.Parse<OpportunityKind>(r.GetString(7)),
            Title = r.GetString(8),
            SocCode = r.GetString(9),
            SkillsRequired = r.GetFieldValue<List<string>>(10),
            AdjustmentsOffered = r.GetFieldValue<List<string>>(11),
            HoursPerWeek = r.GetDecimal(12),
            HourlyPay = r.IsDBNull(13) ? null : r.GetDecimal(13),
            PayBand = r.IsDBNull(14) ? null : SnakeCase.Parse<PayBand>(r.GetString(14)),
            Postcode = NullableString(r, 15),
            Latitude = r.GetDouble(16),
            Longitude = r.GetDouble(17),
            InterviewGuaranteed = r.GetBoolean(18),
            PostedOn = r.GetFieldValue<DateOnly>(19),
            ClosesOn = r.IsDBNull(20) ? null : r.GetFieldValue<DateOnly>(20),
        };
    }

    private static string? NullableString(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);
}

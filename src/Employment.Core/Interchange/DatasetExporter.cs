using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Interchange;

/// <summary>
/// Writes the four interchange files from the database. Ids are the source id when a row was imported,
/// otherwise the row's own id; rows are sorted by id so the same data always gives the same bytes.
/// Lines end with CRLF, as RFC 4180 and the sample dataset have them. Erased job seekers (and their placements) are left out.
/// </summary>
public sealed class DatasetExporter(EmploymentDbContext db)
{
    public async Task<ExportCounts> ExportAsync(string folder, CancellationToken ct = default)
    {
        Directory.CreateDirectory(folder);
        var authorities = await db.LocalAuthorities.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.OnsCode, ct);

        var employers = await db.Employers.AsNoTracking()
            .Select(e => new { e.Id, e.SourceId, e.Name, e.DcLevel, e.DcValidUntil, e.Sector, e.DcSince })
            .ToListAsync(ct);
        var employerIds = employers.ToDictionary(e => e.Id, e => IdOf(e.SourceId, e.Id));
        await WriteAsync(folder, InterchangeFiles.Employers, ["employer_id", "name", "dc_level", "dc_valid_until", "sector", "dc_since"],
            employers.Select(e => new[] { employerIds[e.Id], e.Name, SnakeCase.Of(e.DcLevel), CellText.Date(e.DcValidUntil), e.Sector, CellText.Date(e.DcSince) }), ct);

        var vacancies = await db.Opportunities.AsNoTracking().ToListAsync(ct);
        var vacancyIds = vacancies.ToDictionary(v => v.Id, v => IdOf(v.SourceId, v.Id));
        await WriteAsync(folder, InterchangeFiles.Vacancies,
            ["vacancy_id", "employer_id", "title", "kind", "soc_code", "skills_required", "adjustments_offered", "hours_per_week", "hourly_pay", "latitude", "longitude", "posted_on", "closes_on", "interview_guaranteed"],
            vacancies.Select(v => new[]
            {
                vacancyIds[v.Id], employerIds[v.EmployerId], v.Title, SnakeCase.Of(v.Kind), v.SocCode,
                CellText.List(v.SkillsRequired), CellText.List(v.AdjustmentsOffered), CellText.Hours(v.HoursPerWeek), CellText.Pay(v.HourlyPay),
                CellText.Number(v.Latitude), CellText.Number(v.Longitude), CellText.Date(v.PostedOn), CellText.Date(v.ClosesOn), CellText.Boolean(v.InterviewGuaranteed),
            }), ct);

        var candidates = await db.JobSeekers.AsNoTracking().Where(j => j.ErasedAt == null).ToListAsync(ct);
        var candidateIds = candidates.ToDictionary(j => j.Id, j => IdOf(j.SourceId, j.Id));
        await WriteAsync(folder, InterchangeFiles.Candidates,
            ["candidate_id", "date_of_birth", "local_authority", "latitude", "longitude", "has_ehc_plan", "aspirations", "interests", "skills", "support_needs", "travel_mode", "travel_max_minutes", "hours_min", "hours_max", "preferred_kinds", "consent_to_share", "joined_on", "long_term_support_ld"],
            candidates.Select(j => new[]
            {
                candidateIds[j.Id], CellText.Date(j.DateOfBirth), authorities[j.LocalAuthorityId], CellText.Number(j.HomeLatitude), CellText.Number(j.HomeLongitude),
                CellText.Boolean(j.HasEhcPlan), j.Aspirations, CellText.List(j.Interests), CellText.List(j.Skills), CellText.List(j.SupportNeeds),
                SnakeCase.Of(j.TravelMode), CellText.Whole(j.TravelMaxMinutes), CellText.Hours(j.HoursMin), CellText.Hours(j.HoursMax),
                CellText.List(j.PreferredKinds.Select(k => SnakeCase.Of(k))), CellText.Boolean(j.ConsentToShare),
                CellText.Date(DateOnly.FromDateTime(j.CreatedAt.UtcDateTime)), CellText.Boolean(j.LongTermSupportForLearningDisability),
            }), ct);

        var events = await db.PlacementEvents.AsNoTracking()
            .Where(e => e.Placement!.JobSeeker!.ErasedAt == null)
            .Select(e => new { e.Placement!.JobSeekerId, e.Placement.OpportunityId, e.Type, e.OccurredOn, e.HoursPerWeek, e.HourlyPay, e.Reason })
            .ToListAsync(ct);
        await WriteAsync(folder, InterchangeFiles.Placements, ["candidate_id", "vacancy_id", "event", "date", "hours_per_week", "hourly_pay", "reason"],
            events
                .OrderBy(e => candidateIds[e.JobSeekerId], StringComparer.Ordinal).ThenBy(e => vacancyIds[e.OpportunityId], StringComparer.Ordinal)
                .ThenBy(e => e.OccurredOn).ThenBy(e => e.Type).ThenBy(e => e.HoursPerWeek).ThenBy(e => e.HourlyPay).ThenBy(e => e.Reason, StringComparer.Ordinal)
                .Select(e => new[]
            {
                candidateIds[e.JobSeekerId], vacancyIds[e.OpportunityId], SnakeCase.Of(e.Type), CellText.Date(e.OccurredOn),
                CellText.Hours(e.HoursPerWeek), CellText.Pay(e.HourlyPay), e.Reason,
            }), ct, sort: false);

        return new ExportCounts(candidates.Count, employers.Count, vacancies.Count, events.Count);
    }

    private static string IdOf(string? sourceId, Guid id) => sourceId ?? id.ToString("N");

    private static Task WriteAsync(string folder, string file, string[] header, IEnumerable<string?[]> rows, CancellationToken ct, bool sort = true) =>
        // Rows sort cell by cell, so they order by id and the same data always gives the same bytes.
        CsvFileWriter.WriteAsync(Path.Combine(folder, file), header, sort ? rows.Order(RowOrder.Instance) : rows, ct);

    private sealed class RowOrder : IComparer<string?[]>
    {
        public static readonly RowOrder Instance = new();

        public int Compare(string?[]? x, string?[]? y)
        {
            for (var i = 0; i < Math.Min(x!.Length, y!.Length); i++)
            {
                var order = string.CompareOrdinal(x[i], y[i]);
                if (order != 0)
                {
                    return order;
                }
            }
            return x.Length.CompareTo(y.Length);
        }
    }
}

public sealed record ExportCounts(int Candidates, int Employers, int Vacancies, int PlacementEvents);

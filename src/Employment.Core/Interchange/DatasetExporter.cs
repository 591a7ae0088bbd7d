using System.Text;
using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Interchange;

/// <summary>
/// Writes the four interchange files from the database. Ids are the source id when a row was imported,
/// otherwise the row's own id; rows are sorted by id so the same data always gives the same bytes.
/// Lines end with CRLF, as RFC 4180 and the shared sample have them. Erased job seekers (and their placements) are left out.
/// </summary>
public sealed class DatasetExporter(EmploymentDbContext db)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task<ExportCounts> ExportAsync(string folder, CancellationToken ct = default)
    {
        Directory.CreateDirectory(folder);
        var authorities = await db.LocalAuthorities.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.OnsCode, ct);

        var employers = await db.Employers.AsNoTracking()
            .Select(e => new { e.Id, e.SourceId, e.Name, e.DcLevel, e.DcValidUntil, e.Sector })
            .ToListAsync(ct);
        var employerIds = employers.ToDictionary(e => e.Id, e => IdOf(e.SourceId, e.Id));
        await WriteAsync(folder, InterchangeFiles.Employers, ["employer_id", "name", "dc_level", "dc_valid_until", "sector"],
            employers.Select(e => new[] { CsvText.Cell(employerIds[e.Id]), CsvText.Cell(e.Name), SnakeCase.Of(e.DcLevel), CsvText.Date(e.DcValidUntil), CsvText.Cell(e.Sector) }), ct);

        var vacancies = await db.Opportunities.AsNoTracking().ToListAsync(ct);
        var vacancyIds = vacancies.ToDictionary(v => v.Id, v => IdOf(v.SourceId, v.Id));
        await WriteAsync(folder, InterchangeFiles.Vacancies,
            ["vacancy_id", "employer_id", "title", "kind", "soc_code", "skills_required", "adjustments_offered", "hours_per_week", "hourly_pay", "latitude", "longitude", "posted_on", "closes_on", "interview_guaranteed"],
            vacancies.Select(v => new[]
            {
                CsvText.Cell(vacancyIds[v.Id]), CsvText.Cell(employerIds[v.EmployerId]), CsvText.Cell(v.Title), SnakeCase.Of(v.Kind), v.SocCode,
                CsvText.List(v.SkillsRequired), CsvText.List(v.AdjustmentsOffered), CsvText.Hours(v.HoursPerWeek), CsvText.Pay(v.HourlyPay),
                CsvText.Number(v.Latitude), CsvText.Number(v.Longitude), CsvText.Date(v.PostedOn), CsvText.Date(v.ClosesOn), CsvText.Boolean(v.InterviewGuaranteed),
            }), ct);

        var candidates = await db.JobSeekers.AsNoTracking().Where(j => j.ErasedAt == null).ToListAsync(ct);
        var candidateIds = candidates.ToDictionary(j => j.Id, j => IdOf(j.SourceId, j.Id));
        await WriteAsync(folder, InterchangeFiles.Candidates,
            ["candidate_id", "date_of_birth", "local_authority", "latitude", "longitude", "has_ehc_plan", "aspirations", "interests", "skills", "support_needs", "travel_mode", "travel_max_minutes", "hours_min", "hours_max", "preferred_kinds", "consent_to_share"],
            candidates.Select(j => new[]
            {
                CsvText.Cell(candidateIds[j.Id]), CsvText.Date(j.DateOfBirth), authorities[j.LocalAuthorityId], CsvText.Number(j.HomeLatitude), CsvText.Number(j.HomeLongitude),
                CsvText.Boolean(j.HasEhcPlan), CsvText.Cell(j.Aspirations), CsvText.List(j.Interests), CsvText.List(j.Skills), CsvText.List(j.SupportNeeds),
                SnakeCase.Of(j.TravelMode), j.TravelMaxMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture), CsvText.Hours(j.HoursMin), CsvText.Hours(j.HoursMax),
                CsvText.List(j.PreferredKinds.Select(k => SnakeCase.Of(k))), CsvText.Boolean(j.ConsentToShare),
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
                CsvText.Cell(candidateIds[e.JobSeekerId]), CsvText.Cell(vacancyIds[e.OpportunityId]), SnakeCase.Of(e.Type), CsvText.Date(e.OccurredOn),
                CsvText.Hours(e.HoursPerWeek), CsvText.Pay(e.HourlyPay), CsvText.Cell(e.Reason),
            }), ct, sort: false);

        return new ExportCounts(candidates.Count, employers.Count, vacancies.Count, events.Count);
    }

    private static string IdOf(string? sourceId, Guid id) => sourceId ?? id.ToString("N");

    private static async Task WriteAsync(string folder, string file, string[] header, IEnumerable<string[]> rows, CancellationToken ct, bool sort = true)
    {
        // Whole rows sort as text, so they order by id and the same data always gives the same bytes.
        var lines = rows.Select(cells => string.Join(',', cells));
        var sorted = sort ? lines.Order(StringComparer.Ordinal) : lines;
        await using var writer = new StreamWriter(Path.Combine(folder, file), append: false, Utf8, bufferSize: 1 << 16);
        await writer.WriteAsync(string.Join(',', header) + "\r\n");
        foreach (var line in sorted)
        {
            ct.ThrowIfCancellationRequested();
            await writer.WriteAsync(line);
            await writer.WriteAsync("\r\n");
        }
    }
}

public sealed record ExportCounts(int Candidates, int Employers, int Vacancies, int PlacementEvents);

using Employment.Core.JobSeekers;
using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Core.Placements;

namespace Employment.Core.Interchange;

/// <summary>Reads the files of a dataset folder into rows, checking each cell against docs/interchange.md and the reference lists.</summary>
internal sealed class DatasetReader(ReferenceSets reference, ImportReport report, IProgress<ImportProgress>? progress)
{
    private const string SocWhat = "a SOC 2020 unit group";
    private const string SkillWhat = "a skill in vocabulary/skills.csv";
    private const string AdjustmentWhat = "an adjustment in vocabulary/adjustments.csv";

    public Dataset Read(string folder)
    {
        var dataset = new Dataset();
        if (!File.Exists(Path.Combine(folder, InterchangeFiles.Candidates)))
        {
            report.Errors.Add(new ImportError(InterchangeFiles.Candidates, null, null, "the file is missing: every dataset needs candidates.csv"));
        }
        ReadFile(folder, InterchangeFiles.Employers, ["employer_id", "name", "dc_level"], dataset.Employers, Employer);
        ReadFile(folder, InterchangeFiles.Vacancies,
            ["vacancy_id", "employer_id", "title", "kind", "soc_code", "hours_per_week", "latitude", "longitude", "posted_on"], dataset.Vacancies, Vacancy);
        ReadFile(folder, InterchangeFiles.Candidates,
            ["candidate_id", "date_of_birth", "local_authority", "latitude", "longitude", "has_ehc_plan", "interests", "travel_mode", "travel_max_minutes", "hours_min", "hours_max", "consent_to_share"],
            dataset.Candidates, Candidate);
        ReadFile(folder, InterchangeFiles.Placements, ["candidate_id", "vacancy_id", "event", "date"], dataset.Placements, PlacementEvent);
        return dataset;
    }

    private void ReadFile<TRow>(string folder, string file, IReadOnlyList<string> required, ParsedFile<TRow> parsed, Func<RowCells, ParsedFile<TRow>, TRow?> parse)
        where TRow : class
    {
        var path = Path.Combine(folder, file);
        var counts = report[file];
        if (!File.Exists(path))
        {
            return;
        }
        counts.Present = true;
        var reader = new CsvFileReader(path, file, progress);
        var errorLines = new HashSet<int>();
        var before = report.Errors.Count;
        parsed.Readable = reader.Read(required, report.Errors, record =>
        {
            var cells = new RowCells(record, file, report.Errors);
            var row = parse(cells, parsed);
            if (row is not null && cells.IsGood)
            {
                parsed.Rows.Add(row);
            }
        });
        counts.Read = reader.RowsRead;
        foreach (var error in report.Errors.Skip(before).Where(e => e.Line is not null))
        {
            errorLines.Add(error.Line!.Value);
        }
        counts.Bad = errorLines.Count(l => l > 1);
    }

    /// <summary>Notes the id; a second row with the same id is an error on that row.</summary>
    private static string? Identify<TRow>(RowCells cells, ParsedFile<TRow> parsed, string column)
    {
        var id = cells.Id(column);
        if (id is null)
        {
            return null;
        }
        if (parsed.IdLines.TryGetValue(id, out var first))
        {
            cells.Error(column, $"\"{id}\" is already used on line {first}: each {column} must be unique in the file");
            return null;
        }
        parsed.IdLines[id] = cells.Line;
        return id;
    }

    private static TRow? Done<TRow>(RowCells cells, ParsedFile<TRow> parsed, string? id, Func<TRow> make) where TRow : class
    {
        if (cells.IsGood)
        {
            return make();
        }
        if (id is not null)
        {
            parsed.BadIds[id] = cells.Line;
        }
        return null;
    }

    private EmployerRow? Employer(RowCells cells, ParsedFile<EmployerRow> parsed)
    {
        var id = Identify(cells, parsed, "employer_id");
        var name = cells.Text("name", required: true, 200);
        var level = cells.Word<DisabilityConfidentLevel>("dc_level", required: true);
        var validUntil = cells.Date("dc_valid_until", required: false);
        var sector = cells.Text("sector", required: false, 200);
        var since = cells.Date("dc_since", required: false);
        if (since is not null && validUntil is not null && since > validUntil)
        {
            cells.Error("dc_since", $"\"{since:yyyy-MM-dd}\" is after dc_valid_until ({validUntil:yyyy-MM-dd})");
        }
        return Done(cells, parsed, id, () => new EmployerRow(cells.Line, id!, name!, Data.SnakeCase.Of(level!.Value), validUntil, sector, since));
    }

    private VacancyRow? Vacancy(RowCells cells, ParsedFile<VacancyRow> parsed)
    {
        var id = Identify(cells, parsed, "vacancy_id");
        var employerId = cells.Id("employer_id");
        var title = cells.Text("title", required: true, 200);
        var kind = cells.Word<OpportunityKind>("kind", required: true);
        var soc = cells.Text("soc_code", required: true, 64);
        if (soc is not null && !reference.SocCodes.Contains(soc))
        {
            cells.Error("soc_code", $"\"{soc}\" is not {SocWhat}");
        }
        var skills = cells.Tags("skills_required", required: false, reference.Skills, SkillWhat);
        var adjustments = cells.Tags("adjustments_offered", required: false, reference.Adjustments, AdjustmentWhat);
        var hours = cells.Decimal("hours_per_week", required: true, 0.1m, 99.9m);
        var pay = cells.Decimal("hourly_pay", required: false, 0.01m, 9999.99m);
        if (pay is not null && kind is { } k && !k.MayBePaid())
        {
            cells.Error("hourly_pay", $"must be empty: {Data.SnakeCase.Of(k)} is unpaid");
        }
        var latitude = cells.Double("latitude", required: true, -90, 90);
        var longitude = cells.Double("longitude", required: true, -180, 180);
        var postedOn = cells.Date("posted_on", required: true);
        var closesOn = cells.Date("closes_on", required: false);
        if (postedOn is not null && closesOn is not null && closesOn < postedOn)
        {
            cells.Error("closes_on", $"\"{closesOn:yyyy-MM-dd}\" is before posted_on ({postedOn:yyyy-MM-dd})");
        }
        var guaranteed = cells.Boolean("interview_guaranteed", required: false);
        return Done(cells, parsed, id, () => new VacancyRow(cells.Line, id!, employerId!, title!, kind!.Value, soc!, skills, adjustments,
            hours!.Value, pay, latitude!.Value, longitude!.Value, postedOn!.Value, closesOn, guaranteed ?? false));
    }

    private CandidateRow? Candidate(RowCells cells, ParsedFile<CandidateRow> parsed)
    {
        var id = Identify(cells, parsed, "candidate_id");
        var born = cells.Date("date_of_birth", required: true);
        if (born is not null && born > DateOnly.FromDateTime(DateTime.UtcNow))
        {
            cells.Error("date_of_birth", $"\"{born:yyyy-MM-dd}\" is in the future");
        }
        var ons = cells.Text("local_authority", required: true, 64);
        var authorityId = 0;
        if (ons is not null && !reference.LocalAuthorities.TryGetValue(ons, out authorityId))
        {
            cells.Error("local_authority", $"\"{ons}\" is not the ONS code of an English council with adult social services, like E06000016");
        }
        var latitude = cells.Double("latitude", required: true, -90, 90);
        var longitude = cells.Double("longitude", required: true, -180, 180);
        var ehcPlan = cells.Boolean("has_ehc_plan", required: true);
        var aspirations = cells.Text("aspirations", required: false, 2000);
        var interests = cells.Tags("interests", required: true, reference.SocCodes, SocWhat);
        var skills = cells.Tags("skills", required: false, reference.Skills, SkillWhat);
        var needs = cells.Tags("support_needs", required: false, reference.Adjustments, AdjustmentWhat);
        var travelMode = cells.Word<TravelMode>("travel_mode", required: true);
        var travelMinutes = cells.Whole("travel_max_minutes", required: true, 1, 600);
        var hoursMin = cells.Decimal("hours_min", required: true, 0, 99.9m);
        var hoursMax = cells.Decimal("hours_max", required: true, 0, 99.9m);
        if (hoursMin is not null && hoursMax is not null && hoursMin > hoursMax)
        {
            cells.Error("hours_min", $"\"{hoursMin}\" is more than hours_max ({hoursMax})");
        }
        var kinds = cells.WordList<OpportunityKind>("preferred_kinds");
        var consent = cells.Boolean("consent_to_share", required: true);
        var joinedOn = cells.Date("joined_on", required: false);
        if (joinedOn is not null && joinedOn > DateOnly.FromDateTime(DateTime.UtcNow))
        {
            cells.Error("joined_on", $"\"{joinedOn:yyyy-MM-dd}\" is in the future");
        }
        var longTermSupport = cells.Boolean("long_term_support_ld", required: false);
        return Done(cells, parsed, id, () => new CandidateRow(cells.Line, id!, born!.Value, authorityId, latitude!.Value, longitude!.Value, ehcPlan!.Value,
            aspirations, interests, skills, needs, Data.SnakeCase.Of(travelMode!.Value), travelMinutes!.Value, hoursMin!.Value, hoursMax!.Value,
            kinds.Select(k => Data.SnakeCase.Of(k)).ToArray(), consent!.Value, joinedOn, longTermSupport ?? false));
    }

    private readonly Dictionary<(string, string, PlacementEventType, DateOnly), int> _events = [];

    private PlacementEventRow? PlacementEvent(RowCells cells, ParsedFile<PlacementEventRow> parsed)
    {
        var candidateId = cells.Id("candidate_id");
        var vacancyId = cells.Id("vacancy_id");
        var type = cells.Word<PlacementEventType>("event", required: true);
        var date = cells.Date("date", required: true);
        var hours = cells.Decimal("hours_per_week", required: false, 0.1m, 99.9m);
        var pay = cells.Decimal("hourly_pay", required: false, 0.01m, 9999.99m);
        var reason = cells.Text("reason", required: false, 500);
        if (type == PlacementEventType.Started && hours is null && cells.Raw("hours_per_week").Length == 0)
        {
            cells.Error("hours_per_week", "is empty: a started event needs the hours agreed");
        }
        if (candidateId is not null && vacancyId is not null && type is not null && date is not null)
        {
            var key = (candidateId, vacancyId, type.Value, date.Value);
            if (_events.TryGetValue(key, out var first))
            {
                cells.Error("event", $"the same event for this candidate and vacancy on this date is already on line {first}");
            }
            else
            {
                _events[key] = cells.Line;
            }
        }
        return Done(cells, parsed, null, () => new PlacementEventRow(cells.Line, candidateId!, vacancyId!, type!.Value, date!.Value, hours, pay, reason));
    }
}

using System.Text;
using Employment.Core.Interchange;

namespace Employment.Tests.Interchange;

/// <summary>Each bad file is reported with its file, line and column, and nothing is loaded.</summary>
public sealed class BadFileTests
{
    public static TheoryData<string> Cases => new(BadCases.Keys);

    private static readonly Dictionary<string, (Action<DatasetFolder> Break, ImportError Expected)> BadCases = new()
    {
        ["missing required column"] = (f => f.Change(InterchangeFiles.Candidates, 1, h => h.Replace("interests", "interest", StringComparison.Ordinal)),
            new(InterchangeFiles.Candidates, 1, "interests", "the required column interests is missing from the header row")),
        ["wrong separator in header"] = (f => f.Change(InterchangeFiles.Employers, 1, h => h.Replace(',', ';')),
            new(InterchangeFiles.Employers, 1, "employer_id", "the required column employer_id is missing from the header row")),
        ["unknown SOC code"] = (f => f.SetCell(InterchangeFiles.Vacancies, 14, "soc_code", "9999"),
            new(InterchangeFiles.Vacancies, 14, "soc_code", "\"9999\" is not a SOC 2020 unit group")),
        ["unknown interest"] = (f => f.SetCell(InterchangeFiles.Candidates, 3, "interests", "9121;1234"),
            new(InterchangeFiles.Candidates, 3, "interests", "\"1234\" is not a SOC 2020 unit group")),
        ["unknown skill tag"] = (f => f.SetCell(InterchangeFiles.Candidates, 3, "skills", "teamwork;juggling"),
            new(InterchangeFiles.Candidates, 3, "skills", "\"juggling\" is not a skill in vocabulary/skills.csv")),
        ["unknown adjustment tag"] = (f => f.SetCell(InterchangeFiles.Vacancies, 2, "adjustments_offered", "free_lunch"),
            new(InterchangeFiles.Vacancies, 2, "adjustments_offered", "\"free_lunch\" is not an adjustment in vocabulary/adjustments.csv")),
        ["date not ISO"] = (f => f.SetCell(InterchangeFiles.Candidates, 2, "date_of_birth", "11/05/2004"),
            new(InterchangeFiles.Candidates, 2, "date_of_birth", "\"11/05/2004\" is not a date written as YYYY-MM-DD, like 2025-03-31")),
        ["decimal comma"] = (f => f.SetCell(InterchangeFiles.Candidates, 4, "hours_max", "\"16,5\""),
            new(InterchangeFiles.Candidates, 4, "hours_max", "\"16,5\" is not a number written with a dot for decimals, like 12.5")),
        ["boolean not true or false"] = (f => f.SetCell(InterchangeFiles.Candidates, 5, "has_ehc_plan", "yes"),
            new(InterchangeFiles.Candidates, 5, "has_ehc_plan", "\"yes\" must be true or false")),
        ["unknown travel mode"] = (f => f.SetCell(InterchangeFiles.Candidates, 5, "travel_mode", "bus"),
            new(InterchangeFiles.Candidates, 5, "travel_mode", "\"bus\" is not one of walk, public_transport or lift")),
        ["unknown kind"] = (f => f.SetCell(InterchangeFiles.Vacancies, 3, "kind", "internship"),
            new(InterchangeFiles.Vacancies, 3, "kind", "\"internship\" is not one of paid_job, supported_internship, apprenticeship, traineeship, work_experience or volunteering")),
        ["unknown Disability Confident level"] = (f => f.SetCell(InterchangeFiles.Employers, 3, "dc_level", "gold"),
            new(InterchangeFiles.Employers, 3, "dc_level", "\"gold\" is not one of none, committed, employer or leader")),
        ["unknown event"] = (f => f.SetCell(InterchangeFiles.Placements, 3, "event", "hired"),
            new(InterchangeFiles.Placements, 3, "event", "\"hired\" is not one of introduced, declined, rejected, interviewed, offered, started, ended, hours_changed, pay_changed, role_changed, still_working, employer_says_left or employer_wants_to_meet")),
        ["unknown council"] = (f => f.SetCell(InterchangeFiles.Candidates, 6, "local_authority", "W06000015"),
            new(InterchangeFiles.Candidates, 6, "local_authority", "\"W06000015\" is not the ONS code of an English council with adult social services, like E06000016")),
        ["hours the wrong way round"] = (f => f.SetCell(InterchangeFiles.Candidates, 7, "hours_min", "30"),
            new(InterchangeFiles.Candidates, 7, "hours_min", "\"30\" is more than hours_max (18)")),
        ["latitude out of range"] = (f => f.SetCell(InterchangeFiles.Vacancies, 5, "latitude", "152.1"),
            new(InterchangeFiles.Vacancies, 5, "latitude", "\"152.1\" must be between -90 and 90")),
        ["required value empty"] = (f => f.SetCell(InterchangeFiles.Vacancies, 6, "title", ""),
            new(InterchangeFiles.Vacancies, 6, "title", "is empty: it must have a value")),
        ["pay for an unpaid kind"] = (f => f.SetCell(InterchangeFiles.Vacancies, 3, "hourly_pay", "9.50"),
            new(InterchangeFiles.Vacancies, 3, "hourly_pay", "must be empty: volunteering is unpaid")),
        ["quote left open"] = (f => f.SetCell(InterchangeFiles.Candidates, 4, "aspirations", "\"I want a job"),
            new(InterchangeFiles.Candidates, 4, null, "a quoted value starts on this line and its closing quote is missing, so the rest of the file could not be read")),
        ["row over 1 MB"] = (f => f.SetCell(InterchangeFiles.Candidates, 3, "aspirations", new string('a', 1_100_000)),
            new(InterchangeFiles.Candidates, 3, null, "the row starting on this line is longer than 1 MB, the most one row may hold, so the rest of the file could not be read (if a quoted value on it has no closing quote, add one)")),
        ["Latin-1 bytes"] = (f => f.WriteBytes(InterchangeFiles.Candidates, Latin1Line(f, 5)),
            new(InterchangeFiles.Candidates, 5, "aspirations", "has characters that are not UTF-8: save the file as UTF-8")),
        ["empty file"] = (f => f.Write(InterchangeFiles.Candidates, ""),
            new(InterchangeFiles.Candidates, null, null, "the file is empty: it needs a header row naming its columns")),
        ["candidates.csv missing"] = (f => f.Delete(InterchangeFiles.Candidates),
            new(InterchangeFiles.Candidates, null, null, "the file is missing: every dataset needs candidates.csv")),
        ["duplicate id"] = (f => f.SetCell(InterchangeFiles.Candidates, 3, "candidate_id", "C000000"),
            new(InterchangeFiles.Candidates, 3, "candidate_id", "\"C000000\" is already used on line 2: each candidate_id must be unique in the file")),
        ["duplicate event"] = (f => f.Change(InterchangeFiles.Placements, 57, _ => File.ReadLines(f.File(InterchangeFiles.Placements)).ElementAt(1)),
            new(InterchangeFiles.Placements, 57, "event", "the same event for this candidate and vacancy on this date is already on line 2")),
        ["unknown vacancy"] = (f => f.SetCell(InterchangeFiles.Placements, 2, "vacancy_id", "V999999"),
            new(InterchangeFiles.Placements, 2, "vacancy_id", "\"V999999\" is not in vacancies.csv or already in the service")),
        ["unknown employer"] = (f => f.SetCell(InterchangeFiles.Vacancies, 2, "employer_id", "E99999"),
            new(InterchangeFiles.Vacancies, 2, "employer_id", "\"E99999\" is not in employers.csv or already in the service")),
        ["started without hours"] = (f => f.SetCell(InterchangeFiles.Placements, 40, "hours_per_week", ""),
            new(InterchangeFiles.Placements, 40, "hours_per_week", "is empty: a started event needs the hours agreed")),
        ["paid start without pay"] = (f => f.SetCell(InterchangeFiles.Placements, 45, "hourly_pay", ""),
            new(InterchangeFiles.Placements, 45, "hourly_pay", "is empty: a started event for a paid_job needs the hourly pay")),
        ["too few values"] = (f => f.Change(InterchangeFiles.Employers, 4, _ => "E00002,Employer 2"),
            new(InterchangeFiles.Employers, 4, null, "the row has 2 values but the header row has 5 columns")),
    };

    private static byte[] Latin1Line(DatasetFolder folder, int line)
    {
        var lines = File.ReadAllText(folder.File(InterchangeFiles.Candidates)).Split("\r\n");
        var bytes = new List<byte>();
        for (var i = 0; i < lines.Length; i++)
        {
            var text = i == line - 1 ? lines[i].Replace("people are kind", "people are kind in the café", StringComparison.Ordinal) : lines[i];
            bytes.AddRange((i == line - 1 ? Encoding.Latin1 : Encoding.UTF8).GetBytes(text + (i < lines.Length - 1 ? "\r\n" : "")));
        }
        return bytes.ToArray();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadFile_IsReportedAndNothingIsLoaded(string name)
    {
        var (breakIt, expected) = BadCases[name];
        await using var database = await ImportDatabase.CreateAsync();
        using var folder = DatasetFolder.Sample();
        breakIt(folder);
        var before = await database.SnapshotAsync();

        var report = await database.ImportAsync(folder.Path);

        Assert.Equal(ImportReport.Refused, report.Status);
        Assert.Contains(expected, report.Errors);
        Assert.Equal(before, await database.SnapshotAsync());
        Assert.Equal(1, await database.CountAsync("import_runs", $"status = 'refused' AND error_count = {report.Errors.Count} AND rows_loaded = 0"));
    }

    [Fact]
    public async Task EveryBadRow_IsReported_NotJustTheFirst()
    {
        await using var database = await ImportDatabase.CreateAsync();
        using var folder = DatasetFolder.Sample();
        folder.SetCell(InterchangeFiles.Candidates, 2, "date_of_birth", "2004-13-01");
        folder.SetCell(InterchangeFiles.Candidates, 2, "travel_max_minutes", "lots");
        folder.SetCell(InterchangeFiles.Candidates, 6, "interests", "");
        folder.SetCell(InterchangeFiles.Vacancies, 14, "soc_code", "9999");

        var report = await database.ImportAsync(folder.Path);

        Assert.Equal(
            ["candidates.csv line 2, column date_of_birth", "candidates.csv line 2, column travel_max_minutes", "candidates.csv line 6, column interests", "vacancies.csv line 14, column soc_code"],
            report.Errors.Select(e => $"{e.File} line {e.Line}, column {e.Column}").Order(StringComparer.Ordinal));
        Assert.Equal("vacancies.csv line 14, column soc_code: \"9999\" is not a SOC 2020 unit group", report.Errors.Single(e => e.File == InterchangeFiles.Vacancies).ToString());
        Assert.Equal(2, report[InterchangeFiles.Candidates].Bad);
    }

    [Fact]
    public async Task GoodRowsOnly_LoadsExactlyTheGoodRows_AndSkipsRowsThatNeedABadOne()
    {
        await using var database = await ImportDatabase.CreateAsync();
        using var folder = DatasetFolder.Sample();
        folder.SetCell(InterchangeFiles.Candidates, 3, "skills", "juggling");
        folder.SetCell(InterchangeFiles.Vacancies, 14, "soc_code", "9999");
        folder.SetCell(InterchangeFiles.Placements, 2, "date", "yesterday");
        var events = File.ReadLines(folder.File(InterchangeFiles.Placements)).Skip(1).Select(l => l.Split(',')).ToList();
        var dependent = events.Count(e => e[0] == "C000001" || e[1] == "V000012");

        var report = await database.ImportAsync(folder.Path, goodRowsOnly: true);

        Assert.Equal(ImportReport.Loaded, report.Status);
        Assert.Equal(5, await database.CountAsync("job_seekers"));
        Assert.Equal(0, await database.CountAsync("job_seekers", "source_id = 'C000001'"));
        Assert.Equal(39, await database.CountAsync("opportunities"));
        Assert.Equal(56 - 1 - dependent, await database.CountAsync("placement_events"));
        Assert.Equal(dependent, report[InterchangeFiles.Placements].Skipped);
        Assert.Equal(1, report[InterchangeFiles.Placements].Bad);
        Assert.Contains(report.Errors, e => e.File == InterchangeFiles.Placements && e.Message.StartsWith("skipped: \"C000001\" is on candidates.csv line 3", StringComparison.Ordinal));
        Assert.Equal(5, await database.CountAsync("audit_entries"));
    }
}

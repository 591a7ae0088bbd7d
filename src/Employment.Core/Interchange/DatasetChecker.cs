using Employment.Core.Opportunities;
using Employment.Core.Placements;

namespace Employment.Core.Interchange;

/// <summary>
/// Checks what one row says about another: that a vacancy's employer and a placement's candidate and
/// vacancy exist, in the files or in the database. A row whose row it depends on is bad is left out
/// (and, with good rows only, reported as skipped) so that nothing half-loads.
/// </summary>
internal sealed class DatasetChecker(Dataset data, ExistingIds existing, ImportReport report)
{
    private enum Reference
    {
        Found,
        Unknown,
        DependsOnBadRow,
    }

    public void Check()
    {
        var vacancies = new List<VacancyRow>();
        foreach (var vacancy in data.Vacancies.Rows)
        {
            var ok = Resolve(InterchangeFiles.Vacancies, vacancy.Line, "employer_id", vacancy.EmployerId, data.Employers, existing.Employers.Contains, InterchangeFiles.Employers);
            if (ok)
            {
                vacancies.Add(vacancy);
            }
            else
            {
                data.Vacancies.BadIds[vacancy.Id] = vacancy.Line;
            }
        }
        Replace(data.Vacancies.Rows, vacancies);

        var kinds = new Dictionary<string, OpportunityKind>(existing.Vacancies, StringComparer.Ordinal);
        foreach (var vacancy in vacancies)
        {
            kinds[vacancy.Id] = vacancy.Kind;
        }
        var events = new List<PlacementEventRow>();
        foreach (var row in data.Placements.Rows)
        {
            var ok = Resolve(InterchangeFiles.Placements, row.Line, "candidate_id", row.CandidateId, data.Candidates, existing.Candidates.Contains, InterchangeFiles.Candidates)
                & Resolve(InterchangeFiles.Placements, row.Line, "vacancy_id", row.VacancyId, data.Vacancies, existing.Vacancies.ContainsKey, InterchangeFiles.Vacancies);
            if (ok && row.Event == PlacementEventType.Started && row.HourlyPay is null && kinds.TryGetValue(row.VacancyId, out var kind) && kind.IsPaid())
            {
                Bad(InterchangeFiles.Placements, new ImportError(InterchangeFiles.Placements, row.Line, "hourly_pay",
                    $"is empty: a started event for a {Data.SnakeCase.Of(kind)} needs the hourly pay"));
                ok = false;
            }
            if (ok)
            {
                events.Add(row);
            }
        }
        Replace(data.Placements.Rows, events);
        foreach (var file in new[] { InterchangeFiles.Vacancies, InterchangeFiles.Placements })
        {
            report[file].Bad += _badRows.Count(r => r.File == file);
            report[file].Skipped += _skippedRows.Count(r => r.File == file && !_badRows.Contains(r));
        }
    }

    private readonly HashSet<(string File, int Line)> _badRows = [];
    private readonly HashSet<(string File, int Line)> _skippedRows = [];

    private bool Resolve<TTarget>(string file, int line, string column, string id, ParsedFile<TTarget> targets, Func<string, bool> inDatabase, string targetFile)
    {
        var found = Find(id, targets, inDatabase, out var badLine);
        switch (found)
        {
            case Reference.Found:
                return true;
            case Reference.Unknown:
                Bad(file, new ImportError(file, line, column, $"\"{id}\" is not in {targetFile} or already in the service"));
                return false;
            default:
                _skippedRows.Add((file, line));
                if (report.GoodRowsOnly)
                {
                    report.Errors.Add(new ImportError(file, line, column, badLine is null
                        ? $"skipped: \"{id}\" is in {targetFile}, which could not be read"
                        : $"skipped: \"{id}\" is on {targetFile} line {badLine}, which has errors"));
                }
                return false;
        }
    }

    private static Reference Find<TTarget>(string id, ParsedFile<TTarget> targets, Func<string, bool> inDatabase, out int? badLine)
    {
        badLine = null;
        if (targets.BadIds.TryGetValue(id, out var line))
        {
            badLine = line;
            return Reference.DependsOnBadRow;
        }
        if (targets.IdLines.ContainsKey(id) || inDatabase(id))
        {
            return Reference.Found;
        }
        return targets.Readable ? Reference.Unknown : Reference.DependsOnBadRow;
    }

    private void Bad(string file, ImportError error)
    {
        report.Errors.Add(error);
        _badRows.Add((file, error.Line!.Value));
    }

    private static void Replace<T>(List<T> rows, List<T> kept)
    {
        rows.Clear();
        rows.AddRange(kept);
    }
}

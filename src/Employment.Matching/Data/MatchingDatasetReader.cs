using Employment.Core.Interchange;
using Employment.Matching.Input;

namespace Employment.Matching.Data;

/// <summary>Reads an interchange dataset folder with Core's checked reader and keeps the good rows.</summary>
public static class MatchingDatasetReader
{
    public static MatchingData Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DatasetUnreadableException($"The folder {folder} does not exist.");
        }
        if (!File.Exists(Path.Combine(folder, InterchangeFiles.Candidates)))
        {
            throw new DatasetUnreadableException($"The folder {folder} has no {InterchangeFiles.Candidates}: every dataset needs one.");
        }
        var report = new ImportReport();
        var dataset = new DatasetReader(EmbeddedReference.Load(), report, progress: null).Read(folder);
        var employers = dataset.Employers.Rows.ToDictionary(r => r.Id, r => r.ToFacts(), StringComparer.Ordinal);
        // An opportunity whose employer is missing cannot be scored: its Disability Confident facts are unknown.
        var opportunities = dataset.Vacancies.Rows.Where(r => employers.ContainsKey(r.EmployerId))
            .ToDictionary(r => r.Id, r => r.ToFacts(), StringComparer.Ordinal);
        var candidates = dataset.Candidates.Rows.ToDictionary(r => r.Id, r => r.ToProfile(), StringComparer.Ordinal);
        var events = dataset.Placements.Rows.Select(r => (r.CandidateId, r.VacancyId, r.Event, r.Date)).ToList();
        var problems = report.Errors.Select(e => e.ToString()).ToList();
        problems.AddRange(dataset.Vacancies.Rows.Where(r => !employers.ContainsKey(r.EmployerId))
            .Select(r => $"{InterchangeFiles.Vacancies} line {r.Line}: employer {r.EmployerId} is not in {InterchangeFiles.Employers}"));
        return new MatchingData { Candidates = candidates, Opportunities = opportunities, Employers = employers, Events = events, Problems = problems };
    }
}

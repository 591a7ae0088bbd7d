using System.Globalization;
using Employment.Core.Interchange;

namespace Employment.Matching.Data;

/// <summary>Reads pairs.csv (candidate_id, vacancy_id) with Core's CSV reader and writes scores.csv.</summary>
public static class PairsFile
{
    public static IReadOnlyList<(string CandidateId, string VacancyId)> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new DatasetUnreadableException($"The pairs file {path} does not exist.");
        }
        var file = Path.GetFileName(path);
        var errors = new List<ImportError>();
        var pairs = new List<(string, string)>();
        var readable = new CsvFileReader(path, file, progress: null).Read(["candidate_id", "vacancy_id"], errors, record =>
        {
            var candidate = record.Get("candidate_id").Trim();
            var vacancy = record.Get("vacancy_id").Trim();
            if (candidate.Length == 0 || vacancy.Length == 0)
            {
                errors.Add(new ImportError(file, record.Line, candidate.Length == 0 ? "candidate_id" : "vacancy_id", "is empty"));
                return;
            }
            pairs.Add((candidate, vacancy));
        });
        if (!readable || errors.Count > 0)
        {
            throw new DatasetUnreadableException($"The pairs file cannot be used:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Take(20).Select(e => "  " + e))}");
        }
        return pairs;
    }

    public static void WriteScores(string path, IReadOnlyList<(string CandidateId, string VacancyId)> pairs, IReadOnlyList<float> scores)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        var rows = pairs.Select((pair, i) => new[] { pair.CandidateId, pair.VacancyId, scores[i].ToString("R", CultureInfo.InvariantCulture) });
        CsvFileWriter.Write(path, ["candidate_id", "vacancy_id", "score"], rows);
    }
}

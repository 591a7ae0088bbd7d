namespace Employment.Core.Interchange;

/// <summary>The files of an interchange dataset (docs/interchange.md), in the order they are read and loaded.</summary>
public static class InterchangeFiles
{
    public const string Candidates = "candidates.csv";
    public const string Employers = "employers.csv";
    public const string Vacancies = "vacancies.csv";
    public const string Placements = "placements.csv";

    public static readonly IReadOnlyList<string> All = [Employers, Vacancies, Candidates, Placements];

    public static bool IsKnown(string fileName) => All.Contains(fileName, StringComparer.Ordinal);
}

namespace Employment.Core.Interchange;

/// <summary>A dataset folder once read: the good rows of each file and everything wrong with them.</summary>
internal sealed class Dataset
{
    public ParsedFile<EmployerRow> Employers { get; } = new();
    public ParsedFile<VacancyRow> Vacancies { get; } = new();
    public ParsedFile<CandidateRow> Candidates { get; } = new();
    public ParsedFile<PlacementEventRow> Placements { get; } = new();
}

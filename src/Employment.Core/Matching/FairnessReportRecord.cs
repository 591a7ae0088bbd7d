namespace Employment.Core.Matching;

/// <summary>
/// A fairness report made after a retrain: the ranker's figures by group of people, for the model current at the
/// time against the rule scorer, kept so the admin page reads the latest rather than working it out on request.
/// </summary>
public class FairnessReportRecord
{
    public int Id { get; set; }

    public DateTimeOffset MadeAt { get; set; }

    /// <summary>The model the retrain stored (promoted or not).</summary>
    public int RetrainedVersion { get; set; }

    /// <summary>The model compared with the rule scorer: the current one when the report was made; null when none was.</summary>
    public int? ModelVersion { get; set; }

    /// <summary>The figures and tables, as JSON.</summary>
    public required string Figures { get; set; }
}

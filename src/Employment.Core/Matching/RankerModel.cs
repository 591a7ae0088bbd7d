namespace Employment.Core.Matching;

/// <summary>A trained ranking model, its held-out figures, and whether it is the one ranking now.</summary>
public class RankerModel
{
    /// <summary>The model's version: 1, 2, 3 … in training order.</summary>
    public int Id { get; set; }

    public DateTimeOffset TrainedAt { get; set; }
    public required string Trainer { get; set; }
    public int TrainingPairs { get; set; }
    public int TrainingPeople { get; set; }
    public int HeldOutPeople { get; set; }

    public double NdcgAt5 { get; set; }
    public double NdcgAt10 { get; set; }
    public double RuleNdcgAt5 { get; set; }
    public double RuleNdcgAt10 { get; set; }
    public double RandomNdcgAt10 { get; set; }

    /// <summary>Only a model that beat both the current one and the rule scorer on held-out data is promoted.</summary>
    public bool IsCurrent { get; set; }

    /// <summary>The ML.NET model file.</summary>
    public required byte[] Model { get; set; }

    /// <summary>The model's metadata (feature names and the like), as JSON.</summary>
    public required string Metadata { get; set; }
}

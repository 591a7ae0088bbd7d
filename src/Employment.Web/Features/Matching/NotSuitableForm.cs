namespace Employment.Web.Features.Matching;

/// <summary>Why a coach thinks a suggestion does not suit the person.</summary>
public sealed class NotSuitableForm
{
    public static readonly IReadOnlyList<(string Value, string Label)> Reasons =
    [
        ("journey", "The journey would be too hard"),
        ("work", "Not the kind of work they want"),
        ("hours", "The hours do not suit them"),
        ("support", "The employer cannot give the support they need"),
        ("tried", "They have tried this kind of work before and it did not suit them"),
        ("other", "Another reason"),
    ];

    public string? Reason { get; set; }

    public string? OtherReason { get; set; }

    /// <summary>The words stored with the verdict, or null when "another reason" has none.</summary>
    public string? Words() => Reason == "other"
        ? string.IsNullOrWhiteSpace(OtherReason) ? null : OtherReason.Trim()
        : Reasons.FirstOrDefault(r => r.Value == Reason).Label;
}

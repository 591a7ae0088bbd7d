namespace Employment.Core.Placements;

/// <summary>The short list of reasons a placement ends; "other" takes the coach's own words.</summary>
public static class EndReasons
{
    public const string Other = "other";

    public static readonly IReadOnlyList<(string Value, string Label)> All =
    [
        ("finished_as_planned", "Finished as planned"),
        ("new_job", "Moved to another job"),
        ("did_not_suit", "The job did not suit the person"),
        ("employer_ended", "The employer ended it"),
        ("contract_ended", "The contract or funding ended"),
        ("health", "Health or personal reasons"),
        (Other, "Another reason"),
    ];

    /// <summary>The words kept with the end event, or null when the choice is not on the list.</summary>
    public static string? Describe(string? choice, string? otherText) =>
        choice == Other ? string.IsNullOrWhiteSpace(otherText) ? null : $"Other: {otherText.Trim()}"
        : All.FirstOrDefault(r => r.Value == choice).Label;
}

namespace Employment.Core.EhcPlans.Review;

/// <summary>What a draft keeps of an uploaded plan: its name and size for the audit entry, and the suggestions still to review.</summary>
public sealed class PlanDraft
{
    public required string FileName { get; set; }
    public long Bytes { get; set; }
    public List<PlanSuggestion> Suggestions { get; set; } = [];

    /// <summary>Set once the coach has accepted, changed or removed every suggestion.</summary>
    public bool Reviewed { get; set; }
}

/// <summary>One value read from the plan, with the sentence it came from, waiting for the coach's decision.</summary>
/// <param name="Field">Which answer it fills: one of <see cref="PlanFields"/>.</param>
/// <param name="Value">What is saved (a date as yyyy-MM-dd, a SOC code, a tag).</param>
/// <param name="Shown">The value in words for the coach.</param>
public sealed record PlanSuggestion(string Field, string Value, string Shown, string Section, string Sentence);

public static class PlanFields
{
    public const string FirstName = "first-name";
    public const string LastName = "last-name";
    public const string DateOfBirth = "date-of-birth";
    public const string Postcode = "postcode";
    public const string PlanIssued = "plan-issued";
    public const string NextReview = "next-review";
    public const string Aspirations = "aspirations";
    public const string Interest = "interest";
    public const string Skill = "skill";
    public const string SupportNeed = "support-need";

    /// <summary>Fields a coach may correct by typing; list items (jobs, skills, support) are accepted or removed here and changed on their own pages.</summary>
    public static bool CanBeChanged(string field) => field is FirstName or LastName or DateOfBirth or Postcode or PlanIssued or NextReview or Aspirations;

    public static string Label(string field) => field switch
    {
        FirstName => "First name",
        LastName => "Last name",
        DateOfBirth => "Date of birth",
        Postcode => "Home postcode",
        PlanIssued => "Plan issued",
        NextReview => "Next annual review",
        Aspirations => "Hopes for work",
        Interest => "Job they are interested in",
        Skill => "Skill",
        SupportNeed => "Support at work",
        _ => field,
    };
}

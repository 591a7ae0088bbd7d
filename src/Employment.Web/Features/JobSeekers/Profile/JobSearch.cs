using Employment.Core.Reference.Occupations;

namespace Employment.Web.Features.JobSeekers.Profile;

/// <summary>The words a coach searched the jobs with on the interests page, and the jobs found, most likely first.</summary>
public sealed record JobSearch(string Words, IReadOnlyList<OccupationMatch> Found)
{
    public const int MaxLength = 100;

    /// <summary>How many jobs the page offers for a search.</summary>
    public const int Shown = 8;

    /// <summary>The words, trimmed, or a plain-English problem with them.</summary>
    public static (string? Words, string? Problem) Clean(string? typed)
    {
        var words = typed?.Trim();
        if (string.IsNullOrEmpty(words))
        {
            return (null, "Enter the kind of job to search for, for example cafe, shop or animals");
        }
        return words.Length > MaxLength ? (null, $"Search words must be {MaxLength} characters or fewer") : (words, null);
    }

    /// <summary>"Coffee shop workers (matches Barista)": the unit group, and the title or words that matched when they differ.</summary>
    public static string Label(OccupationMatch match) =>
        string.Equals(match.MatchedTitle, match.Title, StringComparison.OrdinalIgnoreCase)
            ? match.Title
            : $"{match.Title} (matches \u201c{match.MatchedTitle}\u201d)";
}

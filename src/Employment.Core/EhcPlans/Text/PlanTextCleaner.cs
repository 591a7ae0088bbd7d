using System.Text.RegularExpressions;

namespace Employment.Core.EhcPlans.Text;

public static partial class PlanTextCleaner
{
    public static string Clean(string text) =>
        Spaces().Replace(text.Replace('\u00A0', ' ').Replace('\u2019', '\'').Replace('\u2018', '\'')
            .Replace('\u201C', '"').Replace('\u201D', '"'), " ").Trim();

    /// <summary>Written in capitals: at least four letters and no lower-case ones.</summary>
    public static bool IsCapitals(string text) =>
        text.Count(char.IsLetter) >= 4 && !text.Any(char.IsLower);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

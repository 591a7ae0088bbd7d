using System.Text.RegularExpressions;

namespace Employment.Web.Features.Admin.TeamContact;

/// <summary>A UK phone number as people write it: digits with spaces, brackets or dashes, optionally starting +44.</summary>
public static partial class PhoneNumbers
{
    public const string Message = "Enter a phone number, like 0116 454 1004 or +44 116 454 1004";

    public static bool LooksValid(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || !Allowed().IsMatch(typed.Trim()))
        {
            return false;
        }
        var digits = typed.Count(char.IsAsciiDigit);
        return digits is >= 10 and <= 13;
    }

    [GeneratedRegex(@"^\+?[0-9 ()\-]+$")]
    private static partial Regex Allowed();
}

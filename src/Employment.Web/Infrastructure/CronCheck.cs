using System.Globalization;

namespace Employment.Web.Infrastructure;

/// <summary>
/// Checks a cron expression (5 fields, or 6 with seconds first) before Hangfire sees it: Hangfire's own parser is
/// internal and only complains when the job is registered, after the site has started.
/// </summary>
public static class CronCheck
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] Days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    /// <summary>Null when the expression is valid; otherwise what is wrong with it.</summary>
    public static string? Problem(string? expression)
    {
        var fields = (expression ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is not (5 or 6))
        {
            return $"\"{expression}\" has {fields.Length} field(s); a cron expression has 5 (minute hour day month weekday) or 6 (seconds first).";
        }
        var ranges = new List<(string Name, int Min, int Max, string[]? Names)>
        {
            ("minute", 0, 59, null), ("hour", 0, 23, null), ("day of month", 1, 31, null), ("month", 1, 12, Months), ("day of week", 0, 7, Days),
        };
        if (fields.Length == 6)
        {
            ranges.Insert(0, ("second", 0, 59, null));
        }
        for (var i = 0; i < fields.Length; i++)
        {
            var (name, min, max, names) = ranges[i];
            if (!FieldIsValid(fields[i], min, max, names, allowQuestion: name.StartsWith("day", StringComparison.Ordinal)))
            {
                return $"\"{expression}\": the {name} field \"{fields[i]}\" is not valid (values {min}–{max}, *, ranges a-b, steps /n and lists a,b).";
            }
        }
        return null;
    }

    private static bool FieldIsValid(string field, int min, int max, string[]? names, bool allowQuestion) =>
        (allowQuestion && field == "?") || field.Split(',').All(part => PartIsValid(part, min, max, names));

    private static bool PartIsValid(string part, int min, int max, string[]? names)
    {
        var slash = part.Split('/');
        if (slash.Length > 2 || (slash.Length == 2 && !(int.TryParse(slash[1], NumberStyles.None, CultureInfo.InvariantCulture, out var step) && step > 0)))
        {
            return false;
        }
        if (slash[0] == "*")
        {
            return true;
        }
        var bounds = slash[0].Split('-');
        if (bounds.Length > 2 || !bounds.All(b => Value(b, min, max, names) is not null))
        {
            return false;
        }
        return bounds.Length == 1 || Value(bounds[0], min, max, names) <= Value(bounds[1], min, max, names);
    }

    private static int? Value(string text, int min, int max, string[]? names)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value >= min && value <= max ? value : null;
        }
        var index = names is null ? -1 : Array.FindIndex(names, n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : index + min;
    }
}

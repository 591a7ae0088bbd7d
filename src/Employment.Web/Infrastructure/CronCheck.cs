using Cronos;

namespace Employment.Web.Infrastructure;

/// <summary>
/// Checks a cron expression (5 fields, or 6 with seconds first) with Cronos, the parser Hangfire carries inside it, before
/// Hangfire sees it: Hangfire's copy is internal and only complains when the job is registered, after the site has started.
/// </summary>
public static class CronCheck
{
    /// <summary>Null when the expression is valid; otherwise what is wrong with it.</summary>
    public static string? Problem(string? expression)
    {
        var text = expression ?? "";
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is not (5 or 6))
        {
            return $"\"{expression}\" has {fields.Length} field(s); a cron expression has 5 (minute hour day month weekday) or 6 (seconds first).";
        }
        try
        {
            CronExpression.Parse(text, fields.Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
            return null;
        }
        catch (CronFormatException e)
        {
            return $"\"{expression}\": {e.Message}";
        }
    }
}

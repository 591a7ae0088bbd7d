using Employment.Core.Reference;

namespace Employment.Core.Placements;

/// <summary>
/// How often a council's job coaches check in once someone starts: a few early check-ins, then monthly while support
/// tapers. Councils without a plan of their own use <see cref="Default"/>. The 13, 26 and 52 week milestones are the
/// same for every council, because they are how "sustained" is measured (see decision 0014).
/// </summary>
public class FollowUpPlan
{
    public const int MostWeeks = 104;

    public int Id { get; set; }

    public int LocalAuthorityId { get; set; }
    public LocalAuthority? LocalAuthority { get; set; }

    /// <summary>Weeks after the start of each early check-in, increasing.</summary>
    public List<int> CheckInWeeks { get; set; } = [];

    /// <summary>Monthly check-ins follow the last early one until this many weeks after the start; 0 for none.</summary>
    public int MonthlyUntilWeek { get; set; }

    /// <summary>Supported internships: weeks before the internship ends to plan the move into paid work.</summary>
    public int InternshipPromptWeeksBeforeEnd { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedById { get; set; }

    public static FollowUpPlan Default => new() { CheckInWeeks = [1, 2, 4], MonthlyUntilWeek = 52, InternshipPromptWeeksBeforeEnd = 8 };

    public bool SameAs(FollowUpPlan other) =>
        CheckInWeeks.SequenceEqual(other.CheckInWeeks) && MonthlyUntilWeek == other.MonthlyUntilWeek && InternshipPromptWeeksBeforeEnd == other.InternshipPromptWeeksBeforeEnd;

    /// <summary>What is wrong with the plan, in plain English, by the name of the property at fault.</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        if (CheckInWeeks.Count == 0)
        {
            yield return (nameof(CheckInWeeks), "Enter at least one early check-in week, like 1, 2, 4");
        }
        else if (CheckInWeeks.Any(w => w <= 0))
        {
            yield return (nameof(CheckInWeeks), "Check-in weeks must be 1 or more: week 0 is the day the person starts");
        }
        else if (CheckInWeeks.Zip(CheckInWeeks.Skip(1)).Any(pair => pair.Second <= pair.First))
        {
            yield return (nameof(CheckInWeeks), "Put the check-in weeks in order, each later than the one before, like 1, 2, 4");
        }
        else if (CheckInWeeks[^1] > MostWeeks)
        {
            yield return (nameof(CheckInWeeks), $"Check-in weeks must be {MostWeeks} or fewer (2 years)");
        }

        if (MonthlyUntilWeek < 0 || MonthlyUntilWeek > MostWeeks)
        {
            yield return (nameof(MonthlyUntilWeek), $"Monthly check-ins must stop by week {MostWeeks} (2 years). Enter 0 for none");
        }
        else if (MonthlyUntilWeek > 0 && CheckInWeeks.Count > 0 && MonthlyUntilWeek <= CheckInWeeks[^1])
        {
            yield return (nameof(MonthlyUntilWeek), $"Monthly check-ins follow the early ones, so they must go on past week {CheckInWeeks[^1]}. Enter 0 for none");
        }

        if (InternshipPromptWeeksBeforeEnd is <= 0 or > 52)
        {
            yield return (nameof(InternshipPromptWeeksBeforeEnd), "Weeks before an internship ends must be between 1 and 52");
        }
    }
}

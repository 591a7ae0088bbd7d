namespace Employment.Core.JobSeekers;

public static class Age
{
    /// <summary>Age in whole years on a day (a birthday counts from the day itself).</summary>
    public static int On(DateOnly born, DateOnly day)
    {
        var age = day.Year - born.Year;
        return born > day.AddYears(-age) ? age - 1 : age;
    }
}

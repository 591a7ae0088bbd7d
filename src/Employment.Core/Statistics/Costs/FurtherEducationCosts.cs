using Employment.Core.Reference;

namespace Employment.Core.Statistics.Costs;

/// <summary>
/// One council's cost of a year of further education (low) and of specialist provision (high) for a student who leaves a
/// supported internship without a job, as an administrator set it. Rows are never changed: each save adds the next
/// version, so the rows are the history of who changed the figures and when; the highest version is the one in use.
/// A council with no row uses <see cref="Default"/> (Stoke-on-Trent's strategy).
/// </summary>
public class FurtherEducationCosts
{
    public const decimal LeastPerYear = 1_000m;
    public const decimal MostPerYear = 100_000m;
    public const int MostSourceLength = 200;

    public static readonly FurtherEducationCosts Default = new()
    {
        YearLow = Assumptions.FurtherEducationYearLow,
        YearHigh = Assumptions.FurtherEducationYearHigh,
        Source = "Stoke-on-Trent's supported employment strategy (the default)",
    };

    public long Id { get; set; }

    public int LocalAuthorityId { get; set; }
    public LocalAuthority? LocalAuthority { get; set; }

    /// <summary>1 for the council's first figures, then one more each time they change; unique per council.</summary>
    public int Version { get; set; }

    public decimal YearLow { get; set; }
    public decimal YearHigh { get; set; }

    /// <summary>Where the figures come from, shown beside them on the dashboard.</summary>
    public required string Source { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
    public Guid? ChangedById { get; set; }

    public bool IsDefault => Id == 0;

    /// <summary>What is wrong with the figures, in plain English, by the name of the property at fault.</summary>
    public static IEnumerable<Problem> Problems(decimal low, decimal high, string? source)
    {
        if (low is < LeastPerYear or > MostPerYear)
        {
            yield return new(nameof(YearLow), $"The cost of a year of further education must be between {Pounds(LeastPerYear)} and {Pounds(MostPerYear)}");
        }
        if (high is < LeastPerYear or > MostPerYear)
        {
            yield return new(nameof(YearHigh), $"The cost of a year of specialist provision must be between {Pounds(LeastPerYear)} and {Pounds(MostPerYear)}");
        }
        else if (high < low)
        {
            yield return new(nameof(YearHigh), "The cost of specialist provision must be at least the cost of further education: it is the high estimate");
        }
        if (string.IsNullOrWhiteSpace(source))
        {
            yield return new(nameof(Source), "Enter where the figures come from, like the council's strategy and its year");
        }
        else if (source.Trim().Length > MostSourceLength)
        {
            yield return new(nameof(Source), $"Where the figures come from must be {MostSourceLength} characters or fewer");
        }
    }

    public static string Pounds(decimal amount) => amount.ToString("C0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}

using Employment.Core.Employers;

namespace Employment.Core.Opportunities.Search;

/// <summary>A point to measure distance from: a person's home or a postcode's district.</summary>
public sealed record SearchOrigin(double Latitude, double Longitude, string Describes);

/// <summary>What a coach searches open opportunities by; every part is optional.</summary>
public sealed record OpportunitySearchCriteria
{
    public OpportunityKind? Kind { get; init; }

    /// <summary>Everyday words, each matched against the title, the description and the occupation's SOC titles.</summary>
    public string? Words { get; init; }

    public SearchOrigin? From { get; init; }

    /// <summary>Only with <see cref="From"/>: no further than this, straight line.</summary>
    public int? WithinMiles { get; init; }

    public decimal? HoursMin { get; init; }
    public decimal? HoursMax { get; init; }

    /// <summary>The employer holds at least this level and its membership has not run out.</summary>
    public DisabilityConfidentLevel? MinimumLevel { get; init; }

    /// <summary>Closes within this many days from today (those with no closing date are left out).</summary>
    public int? ClosingWithinDays { get; init; }
}

using Employment.Core.Opportunities;

namespace Employment.Seed;

/// <summary>The lowest hourly pay the demo world offers for paid kinds, by date (National Living Wage, 21+, and apprentice rate).</summary>
public static class MinimumWage
{
    // The statutory apprentice rate for 2023/24 was £5.28; the demo pays at least £6.40 then, as the brief asks.
    private static readonly (DateOnly From, decimal Adult, decimal Apprentice)[] Rates =
    [
        (new DateOnly(2022, 4, 1), 9.50m, 4.81m),
        (new DateOnly(2023, 4, 1), 10.42m, 6.40m),
        (new DateOnly(2024, 4, 1), 11.44m, 6.40m),
        (new DateOnly(2025, 4, 1), 12.21m, 7.55m),
        (new DateOnly(2026, 4, 1), 12.71m, 8.00m),
    ];

    public static decimal NationalLivingWage(DateOnly on) => RateOn(on).Adult;

    /// <summary>The floor for the kind on the day; null for unpaid kinds.</summary>
    public static decimal? For(OpportunityKind kind, DateOnly on)
    {
        if (!kind.IsPaid())
        {
            return null;
        }
        var rate = RateOn(on);
        return kind == OpportunityKind.Apprenticeship ? rate.Apprentice : rate.Adult;
    }

    private static (DateOnly From, decimal Adult, decimal Apprentice) RateOn(DateOnly on)
    {
        var current = Rates[0];
        foreach (var rate in Rates)
        {
            if (rate.From <= on)
            {
                current = rate;
            }
        }
        return current;
    }
}

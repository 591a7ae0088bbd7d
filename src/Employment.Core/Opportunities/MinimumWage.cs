namespace Employment.Core.Opportunities;

/// <summary>Who an hourly rate is for, as the National Minimum Wage bands them.</summary>
public enum PayBand
{
    Age21AndOver,
    Age18To20,
    Under18,
    Apprentice,
}

/// <summary>Statutory National Minimum Wage and National Living Wage rates (GOV.UK), from each April.</summary>
public static class MinimumWage
{
    // (from, 21 and over — the lower 21–22 rate before April 2024 —, 23 and over, 18–20, under 18, apprentice)
    private static readonly (DateOnly From, decimal Age21, decimal LivingWage, decimal Age18To20, decimal Under18, decimal Apprentice)[] Rates =
    [
        (new DateOnly(2021, 4, 1), 8.36m, 8.91m, 6.56m, 4.62m, 4.30m),
        (new DateOnly(2022, 4, 1), 9.18m, 9.50m, 6.83m, 4.81m, 4.81m),
        (new DateOnly(2023, 4, 1), 10.18m, 10.42m, 7.49m, 5.28m, 5.28m),
        (new DateOnly(2024, 4, 1), 11.44m, 11.44m, 8.60m, 6.40m, 6.40m),
        (new DateOnly(2025, 4, 1), 12.21m, 12.21m, 10.00m, 7.55m, 7.55m),
        (new DateOnly(2026, 4, 1), 12.71m, 12.71m, 10.85m, 8.00m, 8.00m),
    ];

    /// <summary>The National Living Wage on the day (23 and over until March 2024, 21 and over since).</summary>
    public static decimal NationalLivingWage(DateOnly on) => RatesOn(on).LivingWage;

    public static decimal For(PayBand band, DateOnly on)
    {
        var rates = RatesOn(on);
        return band switch
        {
            PayBand.Age21AndOver => rates.Age21,
            PayBand.Age18To20 => rates.Age18To20,
            PayBand.Under18 => rates.Under18,
            PayBand.Apprentice => rates.Apprentice,
            _ => rates.LivingWage,
        };
    }

    public static PayBand BandFor(int age, bool apprentice) =>
        apprentice ? PayBand.Apprentice : age >= 21 ? PayBand.Age21AndOver : age >= 18 ? PayBand.Age18To20 : PayBand.Under18;

    /// <summary>
    /// The band for a person's pay on a day in a job that started on <paramref name="startedOn"/>: an apprentice is on the
    /// apprentice rate only while under 19 or in the first year of the apprenticeship; once both have passed, their age band.
    /// </summary>
    public static PayBand BandOn(int ageOnTheDay, DateOnly on, OpportunityKind kind, DateOnly startedOn) =>
        BandFor(ageOnTheDay, apprentice: kind == OpportunityKind.Apprenticeship && ApprenticeRateApplies(ageOnTheDay, on, startedOn));

    public static bool ApprenticeRateApplies(int ageOnTheDay, DateOnly on, DateOnly startedOn) => ageOnTheDay < 19 || on < startedOn.AddYears(1);

    /// <summary>The least a kind may pay when nothing narrower is known: the living wage, or the apprentice rate; null for unpaid kinds.</summary>
    public static decimal? FloorFor(OpportunityKind kind, DateOnly on) =>
        !kind.IsPaid() ? null : kind == OpportunityKind.Apprenticeship ? RatesOn(on).Apprentice : RatesOn(on).LivingWage;

    public static string Label(this PayBand band) => band switch
    {
        PayBand.Age21AndOver => "People aged 21 and over",
        PayBand.Age18To20 => "People aged 18 to 20",
        PayBand.Under18 => "People aged under 18",
        PayBand.Apprentice => "Apprentices",
        _ => band.ToString(),
    };

    /// <summary>
    /// The statutory name of the band's rate: the National Living Wage for 21 and over (since April 2024), the National
    /// Minimum Wage for younger people, and the apprentice rate.
    /// </summary>
    public static string RateName(this PayBand band) => band switch
    {
        PayBand.Age21AndOver => "National Living Wage",
        PayBand.Apprentice => "apprentice rate",
        _ => "National Minimum Wage",
    };

    private static (DateOnly From, decimal Age21, decimal LivingWage, decimal Age18To20, decimal Under18, decimal Apprentice) RatesOn(DateOnly on)
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

using System.Globalization;
using Employment.Core.Statistics.Costs;

namespace Employment.Web.Features.Admin.FurtherEducationCosts;

/// <summary>A council's further education costs as typed: amounts stay text so "£14,100" or a mistake can be shown back.</summary>
public sealed class FurtherEducationCostsForm
{
    public string? YearLow { get; set; }
    public string? YearHigh { get; set; }
    public string? Source { get; set; }

    /// <summary>The version the page showed (0 for the default), so a change saved meanwhile by someone else is not overwritten.</summary>
    public int SeenVersion { get; set; }

    public static FurtherEducationCostsForm From(Core.Statistics.Costs.FurtherEducationCosts costs) => new()
    {
        YearLow = costs.YearLow.ToString("0.##", CultureInfo.InvariantCulture),
        YearHigh = costs.YearHigh.ToString("0.##", CultureInfo.InvariantCulture),
        Source = costs.IsDefault ? "" : costs.Source,
        SeenVersion = costs.Version,
    };

    /// <summary>An amount of money typed with or without a pound sign and commas, like £14,100 or 14100.50; null when it cannot be read.</summary>
    public static decimal? Money(string? typed)
    {
        var text = (typed ?? "").Trim().Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim();
        return text.Length is > 0 and <= 15
            && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            && decimal.Round(amount, 2) == amount
            ? amount
            : null;
    }
}

using System.Globalization;
using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Core.Opportunities.Search;
using Employment.Web.Features.Adviser.Home;

namespace Employment.Web.Features.Coach.Opportunities;

/// <summary>A coach's opportunity search, as typed (numbers stay text so a mistake is shown back).</summary>
public sealed class SearchForm
{
    public static readonly IReadOnlyList<int> MilesChoices = [1, 2, 5, 10, 20, 50];

    public string? Person { get; set; }
    public string? Kind { get; set; }
    public string? Words { get; set; }
    public string? Postcode { get; set; }
    public string? Miles { get; set; }
    public string? HoursMin { get; set; }
    public string? HoursMax { get; set; }
    public string? Level { get; set; }
    public string? ClosingWithin { get; set; }
    public int Page { get; set; } = 1;

    public Guid? PersonId => Guid.TryParse(Person, out var id) ? id : null;

    /// <summary>True when nothing but the person is chosen: the page then shows the person's saved search, if any.</summary>
    public bool OnlyPerson => new[] { Kind, Words, Postcode, Miles, HoursMin, HoursMax, Level, ClosingWithin }.All(string.IsNullOrWhiteSpace);

    public static decimal? Hours(string? text) =>
        decimal.TryParse(text?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var hours) ? hours : null;

    public static int? WholeNumber(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>What was typed, read after the validator passed it.</summary>
    public SavedSearch ToSearch() => new()
    {
        Kind = DashboardForm.Choice<OpportunityKind>(Kind),
        Words = string.IsNullOrWhiteSpace(Words) ? null : Words.Trim(),
        Postcode = Core.Reference.PostcodeLocator.Normalise(Postcode),
        WithinMiles = WholeNumber(Miles),
        HoursMin = Hours(HoursMin),
        HoursMax = Hours(HoursMax),
        MinimumLevel = DashboardForm.Choice<DisabilityConfidentLevel>(Level),
        ClosingWithinDays = WholeNumber(ClosingWithin),
    };

    public static SearchForm From(SavedSearch saved) => new()
    {
        Person = saved.JobSeekerId.ToString(),
        Kind = saved.Kind?.ToString(),
        Words = saved.Words,
        Postcode = saved.Postcode,
        Miles = saved.WithinMiles?.ToString(CultureInfo.InvariantCulture),
        HoursMin = saved.HoursMin?.ToString(CultureInfo.InvariantCulture),
        HoursMax = saved.HoursMax?.ToString(CultureInfo.InvariantCulture),
        Level = saved.MinimumLevel?.ToString(),
        ClosingWithin = saved.ClosingWithinDays?.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The search as query string parameters, for a link back to it (page links, after Propose or Save).</summary>
    public (string Name, string? Value)[] QueryPairs(int page) =>
    [
        ("person", Person), ("kind", Kind), ("words", Words), ("postcode", Postcode), ("miles", Miles), ("hoursMin", HoursMin),
        ("hoursMax", HoursMax), ("level", Level), ("closingWithin", ClosingWithin), ("page", page.ToString(CultureInfo.InvariantCulture)),
    ];
}

using System.Globalization;
using Employment.Core.Opportunities;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Employment.Web.Features.Employer.Opportunities;

/// <summary>The choices the opportunity form offers, and how its pages write an amount of pay.</summary>
public static class OpportunityOptions
{
    public static IEnumerable<SelectListItem> Kinds =>
        Enum.GetValues<OpportunityKind>().Select(k => new SelectListItem(k.Label(), k.ToString()));

    /// <summary>Each band with the minimum wage it must meet today.</summary>
    public static IEnumerable<SelectListItem> PayBands(DateOnly today) =>
        Enum.GetValues<PayBand>().Select(b => new SelectListItem(
            $"{b.Label()}: {b.RateName()}, at least {Pounds(MinimumWage.For(b, today))} an hour{(b == PayBand.Apprentice ? ", apprenticeships only" : "")}", b.ToString()));

    public static IEnumerable<SelectListItem> YesNo => [new("Yes", "true"), new("No", "false")];

    public static string Pounds(decimal amount) => "£" + amount.ToString("0.00", CultureInfo.InvariantCulture);
}

using Employment.Core.Employers;
using Employment.Web.Infrastructure.GovUk;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using EmployerEntity = Employment.Core.Employers.Employer;

namespace Employment.Web.Features.Employer.Organisation;

/// <summary>Disability Confident membership as the organisation pages show it.</summary>
public static class Membership
{
    /// <summary>How far ahead a membership can end: Disability Confident membership lasts 3 years.</summary>
    public const int Years = 3;

    /// <summary>A membership ending within this many days is flagged so it can be renewed in time.</summary>
    public const int EndsSoonDays = 60;

    public static IEnumerable<SelectListItem> LevelOptions =>
        Enum.GetValues<DisabilityConfidentLevel>().Select(l => new SelectListItem(l.Label(), l.ToString()));

    /// <summary>The latest end date a membership entered today can have.</summary>
    public static DateOnly LatestEnd(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().Date).AddYears(Years);

    /// <summary>The rule for a typed membership end date: a real date, no more than 3 years ahead. <paramref name="name"/> names it in messages.</summary>
    public static IRuleBuilderOptions<T, DateParts> MembershipEndDate<T>(this IRuleBuilder<T, DateParts> rule, string name, TimeProvider clock) => rule
        .Must(date => date.Parse(name).Error is null)
        .WithMessage((_, date) => date.Parse(name).Error!)
        .Must(date => date.Parse(name).Date <= LatestEnd(clock))
        .WithMessage("Membership lasts 3 years, so the end date must be within 3 years from today");

    /// <summary>"Ended", "Ends soon" or nothing, for a membership on a given day.</summary>
    public static MembershipState On(EmployerEntity employer, DateOnly today) =>
        employer.DcLevel == DisabilityConfidentLevel.None || employer.DcValidUntil is not { } end ? MembershipState.Current
        : end < today ? MembershipState.Ended
        : end <= today.AddDays(EndsSoonDays) ? MembershipState.EndsSoon
        : MembershipState.Current;
}

public enum MembershipState
{
    Current,
    EndsSoon,
    Ended,
}

using System.Globalization;
using Employment.Core.Referrals;
using Employment.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Employment.Web.Features.Referrals.Refer;

/// <summary>A referral as typed: choices stay text so anything sent is shown back with a plain message.</summary>
public sealed class ReferralForm
{
    public const string DateName = "their date of birth";

    /// <summary>Made when the form is shown: sending the same form twice finds the referral it made.</summary>
    public string? SubmissionKey { get; set; }

    /// <summary>Who referred them: chosen by a coach recording it; a Jobcentre Plus adviser's own referrals are from Jobcentre Plus.</summary>
    public string? Source { get; set; }
    public string? ReferrerDetails { get; set; }
    public string? LocalAuthorityId { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public DateParts DateOfBirth { get; set; } = new();
    public string? Postcode { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? HowToContact { get; set; }
    public string? WhatTheyWant { get; set; }
    public string? HasEhcPlan { get; set; }
    public string? ConsentToShare { get; set; }

    public static IEnumerable<SelectListItem> SourceOptions =>
        ReferralLabels.RecordedByCoach.Select(s => new SelectListItem(s.Label(), s.ToString()));

    public static IEnumerable<SelectListItem> EhcPlanOptions => [new("Yes", "yes"), new("No", "no"), new("I do not know", "not-known")];

    public static IEnumerable<SelectListItem> ConsentOptions =>
    [
        new("Yes, they agreed to their details being shared with the council's supported employment team", "yes"),
        new("No, or I have not asked them yet", "no"),
    ];

    public static ReferralSource? ReadSource(string? typed) =>
        Enum.TryParse<ReferralSource>(typed, out var source) && Enum.IsDefined(source) && !int.TryParse(typed, out _) ? source : null;

    public static int? ReadCouncil(string? typed) => int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static bool? ReadEhcPlan(string? typed) => typed switch { "yes" => true, "no" => false, _ => null };

    /// <summary>What the service is asked to save, once the validator has passed the form.</summary>
    public NewReferral ToReferral(ReferralSource source) => new(
        source, ReadCouncil(LocalAuthorityId)!.Value, FirstName!, LastName!, DateOfBirth.Parse(DateName).Date!.Value, Postcode!,
        Email, Phone, HowToContact, WhatTheyWant!, ReadEhcPlan(HasEhcPlan), ConsentToShare == "yes",
        source == ReferralSource.JobcentrePlus && ReferrerDetails is null ? null : ReferrerDetails,
        Guid.TryParse(SubmissionKey, out var key) ? key : Guid.NewGuid());
}

/// <summary>What the form's checks need besides the form: who is referring, and the councils offered.</summary>
public sealed record ReferralFormContext(bool RecordedByCoach, IReadOnlyCollection<int> Councils, DateOnly Today);

using System.Globalization;
using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Employment.Web.Features.Employer.Opportunities;

/// <summary>An opportunity's values once every rule is met.</summary>
public sealed record CheckedOpportunity(
    OpportunityKind Kind, decimal HoursPerWeek, decimal? HourlyPay, PayBand? PayBand, EmployerSite Site,
    DateOnly? ClosesOn, int? InternshipLengthMonths, string? StudyProgrammePartner);

/// <summary>
/// The rules for posting and changing an opportunity, shared by the employer's and the coach's pages.
/// See docs/decisions/0008-opportunity-rules.md.
/// </summary>
public sealed class OpportunityEditor(ReferenceLists lists, TimeProvider clock)
{
    public const decimal MaxHoursPerWeek = 48;

    /// <summary>A supported internship below this many hours a week is refused.</summary>
    public const decimal InternshipMinimumHours = 16;

    /// <summary>Supported internships are normally this many hours a week or more; fewer is allowed with a warning.</summary>
    public const decimal InternshipUsualHours = 20;

    public const int InternshipShortestMonths = 6;
    public const int InternshipLongestMonths = 12;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    public static IEnumerable<SelectListItem> KindOptions =>
        Enum.GetValues<OpportunityKind>().Select(k => new SelectListItem(k.Label(), k.ToString()));

    public IEnumerable<SelectListItem> PayBandOptions =>
        Enum.GetValues<PayBand>().Select(b => new SelectListItem(
            $"{b.Label()} (at least {Pounds(MinimumWage.For(b, Today))} an hour){(b == PayBand.Apprentice ? ", apprenticeships only" : "")}", b.ToString()));

    public static IEnumerable<SelectListItem> YesNoOptions => [new("Yes", "true"), new("No", "false")];

    public static string Pounds(decimal amount) => "£" + amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// Checks everything the form's attributes cannot. Pay is checked against the minimum wage on the
    /// day it is saved (today), which is the rate the law requires from then on.
    /// </summary>
    /// <param name="storedClosesOn">When changing an opportunity, its closing date as stored: keeping a past date is allowed unless reopening.</param>
    public async Task<CheckedOpportunity?> ValidateAsync(OpportunityForm form, IReadOnlyList<EmployerSite> sites, ModelStateDictionary state, DateOnly? storedClosesOn = null)
    {
        var today = Today;
        OpportunityKind? kind = form.Kind is { } k && Enum.IsDefined(k) ? k : null;
        if (form.Kind is not null && kind is null)
        {
            state.AddModelError(nameof(form.Kind), "Select the kind of opportunity");
        }

        if (!string.IsNullOrEmpty(form.SocCode) && (await lists.OccupationsAsync()).All(o => o.Value != form.SocCode))
        {
            state.AddModelError(nameof(form.SocCode), "Select the occupation from the list");
        }

        var hours = ValidateHours(form, kind, state);
        var (pay, band) = ValidatePay(form, kind, today, state);

        var site = form.SiteId is { } siteId ? sites.FirstOrDefault(s => s.Id == siteId) : null;
        if (form.SiteId is not null && site is null)
        {
            state.AddModelError(nameof(form.SiteId), "Select the site where the person will work");
        }

        var skills = (await lists.SkillsAsync()).Select(s => s.Value).ToHashSet(StringComparer.Ordinal);
        if (form.Skills.Any(s => !skills.Contains(s)))
        {
            state.AddModelError(nameof(form.Skills), "Select skills from the list");
        }
        var adjustments = (await lists.AdjustmentsAsync()).Select(a => a.Value).ToHashSet(StringComparer.Ordinal);
        if (form.Adjustments.Any(a => !adjustments.Contains(a)))
        {
            state.AddModelError(nameof(form.Adjustments), "Select adjustments from the list");
        }

        DateOnly? closesOn = null;
        if (!form.ClosesOn.IsEmpty)
        {
            var (date, error) = form.ClosesOn.Parse("the closing date");
            if (error is not null)
            {
                state.AddModelError(nameof(form.ClosesOn), error);
            }
            else if (date < today && (date != storedClosesOn || form.Reopen))
            {
                state.AddModelError(nameof(form.ClosesOn), "The closing date must be today or in the future");
            }
            closesOn = date;
        }

        int? months = null;
        string? partner = null;
        if (kind == OpportunityKind.SupportedInternship)
        {
            if (string.IsNullOrWhiteSpace(form.InternshipLengthMonths))
            {
                state.AddModelError(nameof(form.InternshipLengthMonths), "Enter how many months the internship lasts, from 6 to 12");
            }
            else if (!int.TryParse(form.InternshipLengthMonths.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                || m is < InternshipShortestMonths or > InternshipLongestMonths)
            {
                state.AddModelError(nameof(form.InternshipLengthMonths), "A supported internship lasts 6 to 12 months: enter a whole number from 6 to 12");
            }
            else
            {
                months = m;
            }
            if (string.IsNullOrWhiteSpace(form.StudyProgrammePartner))
            {
                state.AddModelError(nameof(form.StudyProgrammePartner), "Enter the college or provider running the study programme");
            }
            partner = form.StudyProgrammePartner?.Trim();
        }

        if (!state.IsValid || kind is null || hours is null || site is null)
        {
            return null;
        }
        return new CheckedOpportunity(kind.Value, hours.Value, pay, band, site, closesOn, months, partner);
    }

    /// <summary>Copies checked values onto the opportunity (new or existing).</summary>
    public void Apply(OpportunityForm form, CheckedOpportunity values, Opportunity opportunity)
    {
        var now = clock.GetUtcNow();
        opportunity.Kind = values.Kind;
        opportunity.Title = form.Title!.Trim();
        opportunity.SocCode = form.SocCode!;
        opportunity.Description = form.Description!.Trim();
        opportunity.HoursPerWeek = values.HoursPerWeek;
        opportunity.HourlyPay = values.HourlyPay;
        opportunity.PayBand = values.PayBand;
        opportunity.SiteId = values.Site.Id;
        opportunity.Postcode = values.Site.Postcode;
        opportunity.Latitude = values.Site.Latitude;
        opportunity.Longitude = values.Site.Longitude;
        opportunity.SkillsRequired = form.Skills.Distinct(StringComparer.Ordinal).ToList();
        opportunity.AdjustmentsOffered = form.Adjustments.Distinct(StringComparer.Ordinal).ToList();
        opportunity.InterviewGuaranteed = form.InterviewGuaranteed!.Value;
        opportunity.ClosesOn = values.ClosesOn;
        opportunity.InternshipLengthMonths = values.InternshipLengthMonths;
        opportunity.StudyProgrammePartner = values.StudyProgrammePartner;
        opportunity.UpdatedAt = now;
        if (opportunity.CreatedAt == default)
        {
            opportunity.CreatedAt = now;
            opportunity.PostedOn = Today;
        }
    }

    /// <summary>Things worth a second look that do not stop posting.</summary>
    public static IEnumerable<string> Warnings(CheckedOpportunity values)
    {
        if (values.Kind == OpportunityKind.SupportedInternship && values.HoursPerWeek < InternshipUsualHours)
        {
            yield return $"Supported internships are normally {InternshipUsualHours:0} hours a week or more. Check {values.HoursPerWeek:0.#} hours is right for the intern.";
        }
    }

    private static decimal? ValidateHours(OpportunityForm form, OpportunityKind? kind, ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(form.HoursPerWeek))
        {
            return null; // [Required] says so.
        }
        if (!decimal.TryParse(form.HoursPerWeek.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours))
        {
            state.AddModelError(nameof(form.HoursPerWeek), "Hours a week must be a number, like 20 or 37.5");
            return null;
        }
        if (hours <= 0)
        {
            state.AddModelError(nameof(form.HoursPerWeek), "Hours a week must be more than 0");
            return null;
        }
        if (hours > MaxHoursPerWeek)
        {
            state.AddModelError(nameof(form.HoursPerWeek), "Hours a week must be 48 or fewer");
            return null;
        }
        if (decimal.Round(hours, 1) != hours)
        {
            state.AddModelError(nameof(form.HoursPerWeek), "Hours a week can have one number after the decimal point at most, like 37.5");
            return null;
        }
        if (kind == OpportunityKind.SupportedInternship && hours < InternshipMinimumHours)
        {
            state.AddModelError(nameof(form.HoursPerWeek), "A supported internship must be at least 16 hours a week. It is normally 20 hours or more");
            return null;
        }
        return hours;
    }

    private static (decimal? Pay, PayBand? Band) ValidatePay(OpportunityForm form, OpportunityKind? kind, DateOnly today, ModelStateDictionary state)
    {
        if (kind is not { } known)
        {
            return (null, null);
        }
        var typed = form.HourlyPay?.Trim().TrimStart('£').Trim();
        if (!known.IsPaid())
        {
            if (!string.IsNullOrEmpty(typed))
            {
                state.AddModelError(nameof(form.HourlyPay), $"Leave the pay blank: {known.Label().ToLowerInvariant()} is unpaid. If the person will be paid, choose paid job");
            }
            return (null, null);
        }

        decimal? pay = null;
        if (string.IsNullOrEmpty(typed))
        {
            state.AddModelError(nameof(form.HourlyPay), $"Enter the hourly pay: {Article(known)} {known.Label().ToLowerInvariant()} must pay at least the National Minimum Wage");
        }
        else if (!decimal.TryParse(typed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            state.AddModelError(nameof(form.HourlyPay), "Hourly pay must be an amount in pounds, like 12.71");
        }
        else if (decimal.Round(amount, 2) != amount)
        {
            state.AddModelError(nameof(form.HourlyPay), "Hourly pay must be in pounds and pence, like 12.71");
        }
        else if (amount >= 10_000)
        {
            state.AddModelError(nameof(form.HourlyPay), "Hourly pay must be less than £10,000 an hour");
        }
        else
        {
            pay = amount;
        }

        PayBand? band = form.PayBand is { } b && Enum.IsDefined(b) ? b : null;
        if (band is null)
        {
            state.AddModelError(nameof(form.PayBand), "Select who the pay is for");
        }
        else if (band == PayBand.Apprentice && known != OpportunityKind.Apprenticeship)
        {
            state.AddModelError(nameof(form.PayBand), "Only apprenticeships can pay the apprentice rate. Select the age group the pay is for");
            band = null;
        }

        if (pay is { } p && band is { } payBand)
        {
            var minimum = MinimumWage.For(payBand, today);
            if (p < minimum)
            {
                var ratesFrom = new DateOnly(today.Month >= 4 ? today.Year : today.Year - 1, 4, 1);
                state.AddModelError(nameof(form.HourlyPay),
                    $"Pay must be at least {Pounds(minimum)} an hour, the National Minimum Wage for {WhoFor(payBand)} from April {ratesFrom.Year}");
                pay = null;
            }
        }
        return (pay, band);
    }

    private static string WhoFor(PayBand band) => band == PayBand.Apprentice ? "apprentices" : band.Label().ToLowerInvariant();

    private static string Article(OpportunityKind kind) => kind is OpportunityKind.Apprenticeship ? "an" : "a";
}

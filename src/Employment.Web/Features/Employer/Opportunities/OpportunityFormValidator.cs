using Employment.Core.Opportunities;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;

namespace Employment.Web.Features.Employer.Opportunities;

/// <summary>
/// The rules for posting, changing and reopening an opportunity, shared by the employer's and the coach's pages
/// (docs/decisions/0008-opportunity-rules.md). Pay is checked against the minimum wage on the day it is saved
/// (today), which is the rate the law requires from then on. Validate with an <see cref="OpportunityFormContext"/>.
/// </summary>
public sealed class OpportunityFormValidator : AbstractValidator<OpportunityForm>
{
    public const decimal MaxHoursPerWeek = 48;

    /// <summary>A supported internship below this many hours a week is refused.</summary>
    public const decimal InternshipMinimumHours = 16;

    /// <summary>Supported internships are normally this many hours a week or more; fewer is allowed with a warning.</summary>
    public const decimal InternshipUsualHours = 20;

    public const int InternshipShortestMonths = 6;
    public const int InternshipLongestMonths = 12;

    public OpportunityFormValidator(ReferenceLists lists, TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().Date);

        RuleFor(f => f.Kind)
            .Must(kind => kind is { } k && Enum.IsDefined(k)).WithMessage("Select the kind of opportunity");

        RuleFor(f => f.Title)
            .NotEmpty().WithMessage("Enter a job title").WhenTyped()
            .MaximumLength(200).WithMessage("Job title must be 200 characters or fewer").WhenTyped();

        RuleFor(f => f.SocCode)
            .NotEmpty().WithMessage("Select the occupation").WhenTyped()
            .MustAsync(async (code, _) => (await lists.OccupationsAsync()).Any(o => o.Value == code))
            .When(f => !string.IsNullOrEmpty(f.SocCode), ApplyConditionTo.CurrentValidator)
            .WithMessage("Select the occupation from the list");

        RuleFor(f => f.Description)
            .NotEmpty().WithMessage("Describe the opportunity").WhenTyped()
            .MaximumLength(4000).WithMessage("Description must be 4,000 characters or fewer").WhenTyped();

        RuleFor(f => f.HoursPerWeek)
            .NotEmpty().WithMessage("Enter the hours a week").WhenTyped()
            .Must((f, _) => f.ToHoursPerWeek() is not null).WithMessage("Hours a week must be a number, like 20 or 37.5")
            .Must((f, _) => f.ToHoursPerWeek() > 0).WithMessage("Hours a week must be more than 0")
            .Must((f, _) => f.ToHoursPerWeek() <= MaxHoursPerWeek).WithMessage("Hours a week must be 48 or fewer")
            .Must((f, _) => f.ToHoursPerWeek() is { } hours && decimal.Round(hours, 1) == hours)
            .WithMessage("Hours a week can have one number after the decimal point at most, like 37.5")
            .Must((f, _) => f.ToKind() != OpportunityKind.SupportedInternship || f.ToHoursPerWeek() >= InternshipMinimumHours)
            .WithMessage("A supported internship must be at least 16 hours a week. It is normally 20 hours or more");

        RuleFor(f => f.HourlyPay)
            .Must((f, _) => string.IsNullOrEmpty(f.TypedPay))
            .WithMessage(f => $"Leave the pay blank: {f.ToKind()!.Value.Label().ToLowerInvariant()} is unpaid. If the person will be paid, choose paid job")
            .When(f => f.ToKind() is { } kind && !kind.MayBePaid());

        RuleFor(f => f.HourlyPay)
            .Must((f, _) => !string.IsNullOrEmpty(f.TypedPay))
            .WithMessage(f => $"Enter the hourly pay: {Article(f.ToKind()!.Value)} {f.ToKind()!.Value.Label().ToLowerInvariant()} must pay at least the minimum wage for the person's age")
            .Must((f, _) => f.ToHourlyPay() > 0).WithMessage("Hourly pay must be an amount in pounds, like 12.71")
            .Must((f, _) => f.ToHourlyPay() is { } pay && decimal.Round(pay, 2) == pay).WithMessage("Hourly pay must be in pounds and pence, like 12.71")
            .Must((f, _) => f.ToHourlyPay() < 10_000).WithMessage("Hourly pay must be less than £10,000 an hour")
            .Must((f, _) => AllowedPayBand(f) is not { } band || f.ToHourlyPay() >= MinimumWage.For(band, Today()))
            .WithMessage(f => MinimumWageMessage(AllowedPayBand(f)!.Value, Today()))
            .When(IsOrMayBePaid);

        RuleFor(f => f.PayBand)
            .Must((f, _) => f.ToPayBand() is not null).WithMessage("Select who the pay is for")
            .Must((f, _) => AllowedPayBand(f) is not null).WithMessage("Only apprenticeships can pay the apprentice rate. Select the age group the pay is for")
            .When(IsOrMayBePaid);

        RuleFor(f => f.SiteId)
            .NotNull().WithMessage("Select the site where the person will work").WhenTyped()
            .Must((f, _, context) => context.FormContext<OpportunityFormContext>().SiteFor(f) is not null)
            .When(f => f.SiteId is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("Select the site where the person will work");

        RuleFor(f => f.Skills)
            .MustAsync(async (skills, _) =>
            {
                var known = (await lists.SkillsAsync()).Select(s => s.Value).ToHashSet(StringComparer.Ordinal);
                return skills.All(known.Contains);
            })
            .WithMessage("Select skills from the list");

        RuleFor(f => f.Adjustments)
            .MustAsync(async (adjustments, _) =>
            {
                var known = (await lists.AdjustmentsAsync()).Select(a => a.Value).ToHashSet(StringComparer.Ordinal);
                return adjustments.All(known.Contains);
            })
            .WithMessage("Select adjustments from the list");

        RuleFor(f => f.InterviewGuaranteed)
            .NotNull().WithMessage("Select yes if you guarantee an interview to disabled applicants who meet the essential criteria").WhenTyped();

        // A changed opportunity may keep the past closing date it already had, unless it is being reopened.
        RuleFor(f => f.ClosesOn)
            .Must(date => date.Parse(OpportunityForm.ClosesOnName).Error is null)
            .WithMessage(f => f.ClosesOn.Parse(OpportunityForm.ClosesOnName).Error!)
            .Must((f, _, context) => f.ToClosesOn() is not { } date || date >= Today()
                || (date == context.FormContext<OpportunityFormContext>().StoredClosesOn && !f.Reopen))
            .WithMessage("The closing date must be today or in the future")
            .When(f => !f.ClosesOn.IsEmpty);

        RuleFor(f => f.InternshipLengthMonths)
            .NotEmpty().WithMessage("Enter how many months the internship lasts, from 6 to 12")
            .Must((f, _) => f.ToInternshipLengthMonths() is >= InternshipShortestMonths and <= InternshipLongestMonths)
            .WithMessage("A supported internship lasts 6 to 12 months: enter a whole number from 6 to 12")
            .When(f => f.ToKind() == OpportunityKind.SupportedInternship);

        RuleFor(f => f.StudyProgrammePartner)
            .MaximumLength(200).WithMessage("Study programme partner must be 200 characters or fewer").WhenTyped()
            .NotEmpty().When(f => f.ToKind() == OpportunityKind.SupportedInternship, ApplyConditionTo.CurrentValidator)
            .WithMessage("Enter the college or provider running the study programme");
    }

    /// <summary>Things worth a second look that do not stop posting.</summary>
    public static IEnumerable<string> Warnings(OpportunityDetails details)
    {
        if (details.Kind == OpportunityKind.SupportedInternship && details.HoursPerWeek < InternshipUsualHours)
        {
            yield return $"Supported internships are normally {InternshipUsualHours:0} hours a week or more. Check {details.HoursPerWeek:0.#} hours is right for the intern.";
        }
    }

    /// <summary>The band the pay is for, unless it is the apprentice rate for something other than an apprenticeship.</summary>
    /// <summary>Pay is checked for the paid kinds, and for a supported internship whose employer chose to pay (decision 0059).</summary>
    private static bool IsOrMayBePaid(OpportunityForm f) =>
        f.ToKind() is { } kind && (kind.IsPaid() || (kind.MayBePaid() && !string.IsNullOrEmpty(f.TypedPay)));

    private static PayBand? AllowedPayBand(OpportunityForm form) =>
        form.ToPayBand() is { } band && (band != PayBand.Apprentice || form.ToKind() == OpportunityKind.Apprenticeship) ? band : null;

    private static string MinimumWageMessage(PayBand band, DateOnly today)
    {
        var ratesFrom = new DateOnly(today.Month >= 4 ? today.Year : today.Year - 1, 4, 1);
        return band == PayBand.Apprentice
            ? $"Pay must be at least {OpportunityOptions.Pounds(MinimumWage.For(band, today))} an hour, the apprentice rate from April {ratesFrom.Year}"
            : $"Pay must be at least {OpportunityOptions.Pounds(MinimumWage.For(band, today))} an hour, the {band.RateName()} for {WhoFor(band)} from April {ratesFrom.Year}";
    }

    private static string WhoFor(PayBand band) => band == PayBand.Apprentice ? "apprentices" : band.Label().ToLowerInvariant();

    private static string Article(OpportunityKind kind) => kind is OpportunityKind.Apprenticeship ? "an" : "a";
}

internal static class OpportunityRuleExtensions
{
    /// <summary>A check of what was typed: skipped when reopening checks the stored opportunity.</summary>
    public static IRuleBuilderOptions<OpportunityForm, T> WhenTyped<T>(this IRuleBuilderOptions<OpportunityForm, T> rule) =>
        rule.When((_, context) => !context.FormContext<OpportunityFormContext>().StoredValues, ApplyConditionTo.CurrentValidator);
}

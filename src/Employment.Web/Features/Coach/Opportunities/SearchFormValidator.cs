using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Core.Opportunities.Search;
using Employment.Core.Reference;
using Employment.Web.Features.Adviser.Home;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;

namespace Employment.Web.Features.Coach.Opportunities;

/// <summary>The people the coach may choose (their own caseload).</summary>
public sealed record SearchContext(IReadOnlySet<Guid> People);

/// <summary>Every check of a search as typed; the context is the coach's caseload.</summary>
public sealed class SearchFormValidator : AbstractValidator<SearchForm>
{
    public const decimal MaxHours = 48;
    public const int MaxClosingDays = 365;
    public const int MaxPostcodeLength = 10;

    public SearchFormValidator(PostcodeLocator postcodes)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.Person)
            .Must((_, person, validation) => Guid.TryParse(person, out var id) && validation.FormContext<SearchContext>().People.Contains(id))
            .When(f => !string.IsNullOrWhiteSpace(f.Person))
            .WithMessage("Choose a person from your caseload");

        RuleFor(f => f.Kind)
            .Must(kind => DashboardForm.Choice<OpportunityKind>(kind) is not null).When(f => !string.IsNullOrWhiteSpace(f.Kind))
            .WithMessage("Choose a kind of opportunity from the list");

        RuleFor(f => f.Words)
            .MaximumLength(SavedSearches.MaxWordsLength).WithMessage($"Words must be {SavedSearches.MaxWordsLength} characters or fewer")
            .Must(words => OpportunitySearch.WordsOf(words).Count > 0)
            .WithMessage("Enter words made of letters or numbers, like kitchen or retail")
            .When(f => !string.IsNullOrWhiteSpace(f.Words));

        RuleFor(f => f.Postcode)
            .MaximumLength(MaxPostcodeLength).WithMessage("Enter a postcode, like LE1 6ZG")
            .Must(postcode => PostcodeLocator.Normalise(postcode) is not null).WithMessage("Enter a postcode, like LE1 6ZG")
            .MustAsync(async (postcode, ct) => await postcodes.LocateAsync(postcode, ct) is not null)
            .WithMessage("We do not recognise that postcode. Check it and enter a full UK postcode, like LE1 6ZG")
            .When(f => !string.IsNullOrWhiteSpace(f.Postcode));

        RuleFor(f => f.Miles)
            .Must(miles => SearchForm.WholeNumber(miles) is { } number && SearchForm.MilesChoices.Contains(number))
            .WithMessage("Choose a distance from the list")
            .Must((f, _) => !string.IsNullOrWhiteSpace(f.Postcode) || !string.IsNullOrWhiteSpace(f.Person))
            .WithMessage("Enter a postcode or choose a person to measure the distance from")
            .When(f => !string.IsNullOrWhiteSpace(f.Miles));

        RuleFor(f => f.HoursMin)
            .Must(hours => SearchForm.Hours(hours) is >= 0 and <= MaxHours)
            .WithMessage($"Fewest hours must be a number from 0 to {MaxHours}, like 16 or 20")
            .When(f => !string.IsNullOrWhiteSpace(f.HoursMin));

        RuleFor(f => f.HoursMax)
            .Must(hours => SearchForm.Hours(hours) is >= 0 and <= MaxHours)
            .WithMessage($"Most hours must be a number from 0 to {MaxHours}, like 30 or 37.5")
            .Must((f, hours) => SearchForm.Hours(f.HoursMin) is not { } least || least <= SearchForm.Hours(hours))
            .WithMessage("Most hours must be the same as or more than the fewest hours")
            .When(f => !string.IsNullOrWhiteSpace(f.HoursMax));

        RuleFor(f => f.Level)
            .Must(level => DashboardForm.Choice<DisabilityConfidentLevel>(level) is not null).When(f => !string.IsNullOrWhiteSpace(f.Level))
            .WithMessage("Choose a Disability Confident level from the list");

        RuleFor(f => f.ClosingWithin)
            .Must(days => SearchForm.WholeNumber(days) is >= 1 and <= MaxClosingDays)
            .WithMessage($"Closing within must be a whole number of days from 1 to {MaxClosingDays}, like 14")
            .When(f => !string.IsNullOrWhiteSpace(f.ClosingWithin));
    }
}

namespace Employment.Web.Features.Employer.SuggestedPeople;

/// <summary>All an employer may see of a person (docs/domain.md, "Personal data"): deliberately no id, surname, age, place or health detail.</summary>
public sealed record SuggestedPerson(string FirstName, IReadOnlyList<string> Interests, IReadOnlyList<string> Skills, IReadOnlyList<string> AdjustmentsNeeded);

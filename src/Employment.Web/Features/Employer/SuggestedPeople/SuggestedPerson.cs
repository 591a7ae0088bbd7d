using Employment.Core.Accounts;

namespace Employment.Web.Features.Employer.SuggestedPeople;

/// <summary>
/// All an employer may see of a person (docs/domain.md, "Personal data"): deliberately no id, surname, age, place or health
/// detail. <see cref="Reference"/> is the person's short reference, so the employer can say whom they mean.
/// </summary>
public sealed record SuggestedPerson(
    string FirstName, string Reference, IReadOnlyList<string> Interests, IReadOnlyList<string> Skills, IReadOnlyList<string> AdjustmentsNeeded,
    IReadOnlyList<string> WhySuggested, bool AskedToMeet, ContactCard? Contact);

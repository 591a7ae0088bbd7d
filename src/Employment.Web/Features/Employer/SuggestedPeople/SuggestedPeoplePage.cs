using Employment.Core.Accounts;

namespace Employment.Web.Features.Employer.SuggestedPeople;

/// <param name="Contacts">The teams to contact about the people shown (usually one council's).</param>
public sealed record SuggestedPeoplePage(Guid OpportunityId, string Title, string EmployerName, bool IsOpen, IReadOnlyList<SuggestedPerson> People, IReadOnlyList<ContactCard> Contacts);

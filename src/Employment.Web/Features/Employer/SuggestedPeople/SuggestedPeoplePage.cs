namespace Employment.Web.Features.Employer.SuggestedPeople;

public sealed record SuggestedPeoplePage(Guid OpportunityId, string Title, string EmployerName, bool IsOpen, IReadOnlyList<SuggestedPerson> People);

using Employment.Core.Placements;
using Employment.Web.Features.Account.Phone;
using Employment.Web.Features.Admin.TeamContact;
using Employment.Web.Features.Employer.Introductions;
using Employment.Web.Features.Employer.SuggestedPeople;

namespace Employment.Web.Infrastructure.Links;

/// <summary>An employer answering introductions and asking to meet suggested people; the contact details they are given.</summary>
public sealed partial class SiteLinks
{
    public string Introduction(Guid placementId) => Path<IntroductionsController>(nameof(IntroductionsController.Show), new { id = placementId });

    /// <summary>The page of an employer's answer that records <paramref name="step"/> (<see cref="IntroductionAnswers"/>).</summary>
    public string IntroductionAnswer(Guid placementId, PlacementEventType step) =>
        Path<IntroductionsController>(nameof(IntroductionsController.Answer), new { id = placementId, answer = IntroductionAnswers.All.Single(a => a.Step == step).Slug });

    public string AskToMeet(Guid opportunityId, string reference) => Path<SuggestedPeopleController>(nameof(SuggestedPeopleController.AskToMeet), new { id = opportunityId, reference });

    public string TeamContact() => Path<TeamContactController>(nameof(TeamContactController.Edit));

    public string OwnPhone() => Path<PhoneController>(nameof(PhoneController.Edit));
}

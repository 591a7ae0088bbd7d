using Employment.Web.Features.Employer;
using Employment.Web.Features.Employer.Opportunities.Posting;

namespace Employment.Web.Infrastructure.Links;

/// <summary>"Post an opportunity" a question at a time, for the employer or a coach acting for it.</summary>
public sealed partial class SiteLinks
{
    public string NewOpportunity(ActingEmployer acting) => Posting(acting, nameof(PostingControllerBase.New));

    public string ContinueDraft(ActingEmployer acting, Guid draftId) => Posting(acting, nameof(PostingControllerBase.Continue), new { draftId });

    public string PostingStep(ActingEmployer acting, Guid draftId, string step) => Posting(acting, nameof(PostingControllerBase.Step), new { draftId, step });

    public string PostingCheck(ActingEmployer acting, Guid draftId) => Posting(acting, nameof(PostingControllerBase.Check), new { draftId });

    public string DeleteDraft(ActingEmployer acting, Guid draftId) => Posting(acting, nameof(PostingControllerBase.Delete), new { draftId });

    private string Posting(ActingEmployer acting, string action, object? values = null) =>
        acting.ByCoach
            ? Path<CoachPostingController>(action, new Microsoft.AspNetCore.Routing.RouteValueDictionary(values) { ["employerId"] = acting.Employer.Id })
            : Path<EmployerPostingController>(action, values);
}

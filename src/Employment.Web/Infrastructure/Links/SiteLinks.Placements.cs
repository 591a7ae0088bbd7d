using Employment.Core.Placements;
using Employment.Web.Features.Milestones;
using Employment.Web.Features.Placements;

namespace Employment.Web.Infrastructure.Links;

public sealed partial class SiteLinks
{
    /// <summary>A placement; <paramref name="section"/> jumps to a part of it (follow-ups).</summary>
    public string Placement(Guid placementId, string? section = null) => Path<PlacementsController>(nameof(PlacementsController.Show), new { id = placementId }, section);

    public string PlacementStep(Guid placementId, PlacementEventType step) =>
        Path<PlacementsController>(nameof(PlacementsController.Step), new { id = placementId, step = PlacementPipeline.Slug(step) });

    public string CheckIn(Guid placementId, Guid followUpId) => Path<PlacementsController>(nameof(PlacementsController.CheckIn), new { id = placementId, followUpId });

    public string EmploymentCheck() => Path<EmploymentCheckController>(nameof(EmploymentCheckController.Index));

    /// <summary>The link in a milestone email: the token says whose check it is.</summary>
    public string EmploymentCheck(string token) => WithQuery(EmploymentCheck(), ("token", token));
}

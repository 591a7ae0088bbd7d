using Employment.Web.Features.JobSeekers.AccessToWork;

namespace Employment.Web.Infrastructure.Links;

public sealed partial class SiteLinks
{
    /// <summary>A person's Access to Work applications and awards, hours given against hours awarded, and the taper of job coach hours.</summary>
    public string AccessToWork(Guid personId, string? section = null) =>
        Path<AccessToWorkController>(nameof(AccessToWorkController.Index), new { id = personId }, section);

    public string AccessToWorkApplication(Guid personId) => Path<AccessToWorkController>(nameof(AccessToWorkController.Application), new { id = personId });

    public string AccessToWorkDecision(Guid personId) => Path<AccessToWorkController>(nameof(AccessToWorkController.Decision), new { id = personId });
}

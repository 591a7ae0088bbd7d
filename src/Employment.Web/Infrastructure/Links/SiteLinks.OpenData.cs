using Employment.Web.Features.Admin.FurtherEducationCosts;
using Employment.Web.Features.Adviser.Home;

namespace Employment.Web.Infrastructure.Links;

public sealed partial class SiteLinks
{
    /// <summary>The open data zip for a period, for one council or (no council) all of them.</summary>
    public string AdviserOpenData(string? period, string? council) =>
        Path<AdviserHomeController>(nameof(AdviserHomeController.OpenData)) + "?" + new DashboardForm { Period = period, Council = council }.QueryString();

    public string FurtherEducationCosts() => Path<FurtherEducationCostsController>(nameof(FurtherEducationCostsController.Index));

    public string FurtherEducationCosts(int councilId) => Path<FurtherEducationCostsController>(nameof(FurtherEducationCostsController.Edit), new { id = councilId });
}

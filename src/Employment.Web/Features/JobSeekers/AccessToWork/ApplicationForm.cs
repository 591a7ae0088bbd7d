using Employment.Core.AccessToWork;
using Employment.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Employment.Web.Features.JobSeekers.AccessToWork;

/// <summary>An Access to Work application as typed; the kinds of support stay text so anything sent is shown back.</summary>
public sealed class ApplicationForm
{
    public const string DateName = "the date they applied";

    public DateParts AppliedOn { get; set; } = new();
    public List<string> Support { get; set; } = [];

    public static IEnumerable<SelectListItem> SupportOptions =>
        AccessToWorkSupports.All.Select(s => new SelectListItem(s.Label(), s.ToString()));

    public static AccessToWorkSupport? Read(string? typed) =>
        Enum.TryParse<AccessToWorkSupport>(typed, out var support) && AccessToWorkSupports.All.Contains(support) && !int.TryParse(typed, out _) ? support : null;

    public bool SupportReadable => Support.All(s => Read(s) is not null);

    public AccessToWorkApplied ToApplied(DateOnly today) => new(
        AppliedOn.Parse(DateName).Date ?? today,
        Support.Select(Read).OfType<AccessToWorkSupport>().Aggregate(AccessToWorkSupport.None, (all, one) => all | one));
}

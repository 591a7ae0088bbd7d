using Employment.Core.Accounts;
using Employment.Core.Casework;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Web.Features.JobSeekers;
using Employment.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Coach.Caseload;

[Authorize(Roles = Roles.Coach)]
public sealed class CaseloadController(JobSeekerAccess access, ReferenceLists lists, NeedsAttention attention) : Controller
{
    public const int PageSize = 25;

    [HttpGet("/coach/caseload")]
    public async Task<IActionResult> Index([FromQuery] CaseloadFilter filter, int page = 1)
    {
        var today = attention.Today();
        var caseload = access.Visible(User).AsNoTracking();
        var people = caseload;
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = "%" + filter.Search.Trim().Replace("%", "", StringComparison.Ordinal) + "%";
            people = people.Where(j => EF.Functions.ILike(j.FirstName + " " + j.LastName, pattern) || EF.Functions.ILike(j.SourceId ?? "", pattern));
        }
        if (filter.Council is { } council)
        {
            people = people.Where(j => j.LocalAuthorityId == council);
        }
        if (filter.Kind is { } kind)
        {
            people = people.Where(j => j.PreferredKinds.Count == 0 || j.PreferredKinds.Contains(kind));
        }
        if (filter.Status is { } status)
        {
            people = people.WithStatus(status);
        }
        if (filter.Attention == true)
        {
            var needing = attention.Needing(caseload, today).Select(a => a.JobSeekerId);
            people = people.Where(j => needing.Contains(j.Id));
        }
        var found = await people
            .OrderBy(j => j.FirstName).ThenBy(j => j.LastName)
            .Select(j => new
            {
                j.Id, j.FirstName, j.LastName, j.SourceId, Council = j.LocalAuthority!.Name,
                j.PauseReason, j.PauseReasonOther, j.LookAgainOn,
            })
            .ToPageAsync(page, PageSize);
        var ids = found.Items.Select(p => p.Id).ToList();
        var reasons = await attention.ForPeopleAsync(ids, today);
        var statuses = await caseload.Where(j => ids.Contains(j.Id)).StatusesAsync();
        var rows = found.Items
            .Select(p => new CaseloadRow(p.Id, p.FirstName, p.LastName, p.SourceId, p.Council, statuses[p.Id],
                reasons.GetValueOrDefault(p.Id) ?? PersonAttention.Nothing(p.Id))
            {
                PauseReason = p.PauseReason, PauseReasonOther = p.PauseReasonOther, LookAgainOn = p.LookAgainOn,
            })
            .ToList();
        var model = new CaseloadModel(filter, await caseload.CountAsync(), new Paged<CaseloadRow>(rows, found.Page, found.PageSize, found.Total),
            await lists.LocalAuthoritiesAsync(),
            await attention.TotalsAsync(caseload, today),
            attention.NoContactWeeks);
        return View(model);
    }
}

public sealed class CaseloadFilter
{
    public string? Search { get; set; }
    public int? Council { get; set; }
    public OpportunityKind? Kind { get; set; }
    public SeekerStatus? Status { get; set; }

    /// <summary>Only the people who need attention.</summary>
    public bool? Attention { get; set; }

    public string Query(int page) =>
        $"?search={Uri.EscapeDataString(Search ?? "")}&council={Council}&kind={Kind}&status={Status}&attention={(Attention == true ? "true" : "")}&page={page}";
}

public sealed record CaseloadRow(Guid Id, string FirstName, string LastName, string? SourceId, string Council, SeekerStatus Status, PersonAttention Attention)
{
    public string Name => JobSeeker.NameFor(FirstName, LastName, SourceId, Id);
    public bool Paused => Status == SeekerStatus.Paused;

    public PauseReason? PauseReason { get; init; }
    public string? PauseReasonOther { get; init; }
    public DateOnly? LookAgainOn { get; init; }
}

/// <summary>The caseload page; <see cref="Attention"/> counts the whole caseload, whatever the filter shows.</summary>
public sealed record CaseloadModel(CaseloadFilter Filter, int CaseloadSize, Paged<CaseloadRow> People, IReadOnlyList<ReferenceLists.Term> Councils, AttentionTotals Attention, int NoContactWeeks);

using Employment.Core.Accounts;
using Employment.Core.Data;
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
public sealed class CaseloadController(JobSeekerAccess access, ReferenceLists lists, TimeProvider clock) : Controller
{
    public const int PageSize = 25;

    [HttpGet("/coach/caseload")]
    public async Task<IActionResult> Index([FromQuery] CaseloadFilter filter, int page = 1)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var people = access.Visible(User).AsNoTracking();
        var caseloadSize = await people.CountAsync();
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
        var rows = people
            .OrderBy(j => j.FirstName).ThenBy(j => j.LastName)
            .Select(j => new CaseloadRow(
                j.Id, j.FirstName, j.LastName, j.SourceId, j.LocalAuthority!.Name,
                j.PausedOn != null,
                j.Placements.Any(p => p.Stage == PlacementEventType.Started && SeekerStatuses.PaidKinds.Contains(p.Opportunity!.Kind)),
                j.Placements.Any(p => p.Stage == PlacementEventType.Started && !SeekerStatuses.PaidKinds.Contains(p.Opportunity!.Kind)),
                j.ConsentToShare,
                j.Placements.SelectMany(p => p.FollowUps).Count(f => f.CompletedOn == null && f.DueOn < today))
            {
                PauseReason = j.PauseReason, PauseReasonOther = j.PauseReasonOther, LookAgainOn = j.LookAgainOn,
            });
        var model = new CaseloadModel(filter, caseloadSize, await rows.ToPageAsync(page, PageSize),
            await lists.LocalAuthoritiesAsync(),
            await access.Visible(User).CountAsync(j => !j.ConsentToShare),
            await access.Visible(User).SelectMany(j => j.Placements).SelectMany(p => p.FollowUps).CountAsync(f => f.CompletedOn == null && f.DueOn < today));
        return View(model);
    }
}

public sealed class CaseloadFilter
{
    public string? Search { get; set; }
    public int? Council { get; set; }
    public OpportunityKind? Kind { get; set; }
    public SeekerStatus? Status { get; set; }

    public string Query(int page) =>
        $"?search={Uri.EscapeDataString(Search ?? "")}&council={Council}&kind={Kind}&status={Status}&page={page}";
}

public sealed record CaseloadRow(Guid Id, string FirstName, string LastName, string? SourceId, string Council, bool Paused, bool InPaidWork, bool InOtherPlacement, bool Consent, int OverdueFollowUps)
{
    public string Name => JobSeeker.NameFor(FirstName, LastName, SourceId, Id);
    public SeekerStatus Status => SeekerStatuses.Of(Paused, InPaidWork, InOtherPlacement);

    public PauseReason? PauseReason { get; init; }
    public string? PauseReasonOther { get; init; }
    public DateOnly? LookAgainOn { get; init; }
}

public sealed record CaseloadModel(CaseloadFilter Filter, int CaseloadSize, Paged<CaseloadRow> People, IReadOnlyList<ReferenceLists.Term> Councils, int WithoutConsent, int OverdueFollowUps);

using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.Employer.Opportunities.Posting;

/// <summary>A job coach posts an opportunity on an employer's behalf, through the same questions.</summary>
[Authorize(Roles = Roles.Coach)]
[Route("coach/employers/{employerId:guid}")]
public sealed class CoachPostingController(EmploymentDbContext db, ActingEmployers employers, ReferenceLists lists, TimeProvider clock, SiteLinks linkTo)
    : PostingControllerBase(db, lists, clock, linkTo)
{
    protected override Task<ActingEmployer?> FindAsync() => employers.ForCoachAsync(RouteData.Values["employerId"]);
}

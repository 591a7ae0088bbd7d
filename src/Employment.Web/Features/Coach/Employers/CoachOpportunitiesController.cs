using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Web.Features.Employer;
using Employment.Web.Features.Employer.Opportunities;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.Coach.Employers;

/// <summary>A job coach posts and changes an employer's opportunities on its behalf (same pages as the employer's own).</summary>
[Authorize(Roles = Roles.Coach)]
[Route("coach/employers/{employerId:guid}")]
public sealed class CoachOpportunitiesController(EmploymentDbContext db, ActingEmployers employers, ReferenceLists lists, TimeProvider clock, SiteLinks linkTo)
    : OpportunitiesControllerBase(db, lists, clock, linkTo)
{
    protected override Task<ActingEmployer?> FindAsync() => employers.ForCoachAsync(RouteData.Values["employerId"]);
}

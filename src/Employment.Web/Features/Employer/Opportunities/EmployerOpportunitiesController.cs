using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.Employer.Opportunities;

/// <summary>An employer's own opportunities.</summary>
[Authorize(Roles = Roles.Employer)]
[Route("employer")]
public sealed class EmployerOpportunitiesController(EmploymentDbContext db, ActingEmployers employers, ReferenceLists lists, TimeProvider clock, SiteLinks linkTo)
    : OpportunitiesControllerBase(db, lists, clock, linkTo)
{
    protected override Task<ActingEmployer?> FindAsync() => employers.ForEmployerUserAsync(User);
}

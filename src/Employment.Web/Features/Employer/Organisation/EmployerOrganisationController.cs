using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.Employer.Organisation;

/// <summary>An employer's own organisation profile and sites.</summary>
[Authorize(Roles = Roles.Employer)]
[Route("employer")]
public sealed class EmployerOrganisationController(EmploymentDbContext db, ActingEmployers employers, ReferenceLists lists, TimeProvider clock, SiteLinks linkTo)
    : OrganisationControllerBase(db, lists, clock, linkTo)
{
    protected override Task<ActingEmployer?> FindAsync() => employers.ForEmployerUserAsync(User);
}

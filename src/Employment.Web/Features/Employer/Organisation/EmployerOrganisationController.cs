using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Reference;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.Employer.Organisation;

/// <summary>An employer's own organisation profile and sites.</summary>
[Authorize(Roles = Roles.Employer)]
[Route("employer")]
public sealed class EmployerOrganisationController(EmploymentDbContext db, ReferenceLists lists, PostcodeLocator postcodes, TimeProvider clock, SiteLinks linkTo)
    : OrganisationControllerBase(db, lists, postcodes, clock, linkTo)
{
    protected override Task<ActingEmployer?> FindAsync() => ActingEmployer.ForEmployerUserAsync(Db, User);
}

using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Web.Features.Employer;
using Employment.Web.Features.Employer.Organisation;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.Coach.Employers;

/// <summary>A job coach keeps an employer's profile and sites up to date on its behalf (same pages as the employer's own).</summary>
[Authorize(Roles = Roles.Coach)]
[Route("coach/employers/{employerId:guid}")]
public sealed class CoachOrganisationController(EmploymentDbContext db, ActingEmployers employers, ReferenceLists lists, TimeProvider clock, SiteLinks linkTo)
    : OrganisationControllerBase(db, lists, clock, linkTo)
{
    protected override Task<ActingEmployer?> FindAsync() => employers.ForCoachAsync(RouteData.Values["employerId"]);
}

using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.Employer.Opportunities.Posting;

/// <summary>An employer posts its own opportunity a question at a time.</summary>
[Authorize(Roles = Roles.Employer)]
[Route("employer")]
public sealed class EmployerPostingController(EmploymentDbContext db, ActingEmployers employers, ReferenceLists lists, TimeProvider clock, SiteLinks linkTo)
    : PostingControllerBase(db, lists, clock, linkTo)
{
    protected override Task<ActingEmployer?> FindAsync() => employers.ForEmployerUserAsync(User);
}

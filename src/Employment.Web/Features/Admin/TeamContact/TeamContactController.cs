using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Web.Features.JobSeekers;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Admin.TeamContact;

/// <summary>The administrator's council's supported employment team: the name, phone and email employers are given.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class TeamContactController(EmploymentDbContext db, TeamContacts contacts, ContactDetailsService details) : Controller
{
    [HttpGet("/admin/team-contact")]
    public async Task<IActionResult> Edit()
    {
        if (await CouncilAsync() is not { } council)
        {
            return View("/Features/Admin/TeamContact/Edit.cshtml", new TeamContactForm());
        }
        var saved = await contacts.ForCouncilAsync(council.Id, HttpContext.RequestAborted);
        return EditView(council.Name, new TeamContactForm { Name = saved?.Name, Phone = saved?.Phone, Email = saved?.Email });
    }

    [HttpPost("/admin/team-contact")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(TeamContactForm form, [FromServices] IValidator<TeamContactForm> validator)
    {
        if (await CouncilAsync() is not { } council)
        {
            return View("/Features/Admin/TeamContact/Edit.cshtml", form);
        }
        if (await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            ModelState.AddErrors((await details.SaveTeamAsync(council.Id, form.Name!, form.Phone!, form.Email!, JobSeekerAccess.UserId(User)!.Value)).Problems);
        }
        if (!ModelState.IsValid)
        {
            return EditView(council.Name, form);
        }
        TempData["Success"] = "The team's contact details are saved. Employers see them wherever they are asked to contact the team";
        return EditView(council.Name, form);
    }

    private ViewResult EditView(string council, TeamContactForm form)
    {
        ViewBag.Council = council;
        return View("/Features/Admin/TeamContact/Edit.cshtml", form);
    }

    private async Task<(int Id, string Name)?> CouncilAsync()
    {
        var userId = JobSeekerAccess.UserId(User);
        var council = await db.Users.AsNoTracking().Where(u => u.Id == userId && u.LocalAuthorityId != null)
            .Select(u => new { Id = u.LocalAuthorityId!.Value, u.LocalAuthority!.Name }).FirstOrDefaultAsync();
        return council is null ? null : (council.Id, council.Name);
    }
}

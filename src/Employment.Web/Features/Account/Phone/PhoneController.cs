using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Web.Features.JobSeekers;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Account.Phone;

/// <summary>A coach's (or any staff member's) own work phone: employers and the coach's people are given it.</summary>
[Authorize(Roles = $"{Roles.Coach},{Roles.Admin},{Roles.Adviser}")]
public sealed class PhoneController(EmploymentDbContext db, ContactDetailsService details) : Controller
{
    [HttpGet("/account/phone")]
    public async Task<IActionResult> Edit()
    {
        var userId = JobSeekerAccess.UserId(User);
        var phone = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.PhoneNumber).FirstOrDefaultAsync();
        return View("/Features/Account/Phone/Edit.cshtml", new PhoneForm { PhoneNumber = phone });
    }

    [HttpPost("/account/phone")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(PhoneForm form, [FromServices] IValidator<PhoneForm> validator)
    {
        if (await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            ModelState.AddErrors((await details.SetOwnPhoneAsync(JobSeekerAccess.UserId(User)!.Value, form.PhoneNumber)).Problems);
        }
        if (ModelState.IsValid)
        {
            TempData["Success"] = string.IsNullOrWhiteSpace(form.PhoneNumber) ? "Your phone number is removed" : "Your phone number is saved";
        }
        return View("/Features/Account/Phone/Edit.cshtml", form);
    }
}

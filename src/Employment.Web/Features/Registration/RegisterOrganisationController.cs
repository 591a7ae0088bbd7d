using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Employment.Web.Features.Registration;

[AllowAnonymous]
public sealed class RegisterOrganisationController(
    EmploymentDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, TimeProvider clock, SiteLinks linkTo) : Controller
{
    public static IEnumerable<SelectListItem> LevelOptions =>
        Enum.GetValues<DisabilityConfidentLevel>().Select(l => new SelectListItem(l.Label(), l.ToString()));

    [HttpGet("/register-organisation")]
    public IActionResult Index() => View(new RegisterOrganisationForm());

    [HttpPost("/register-organisation")]
    public async Task<IActionResult> Index(RegisterOrganisationForm form)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        DateOnly? membershipEnds = null;
        if (form.Level is { } level && level != DisabilityConfidentLevel.None)
        {
            var (date, error) = form.MembershipEnds.Parse("the date your membership ends");
            if (error is not null)
            {
                ModelState.AddModelError(nameof(form.MembershipEnds), error);
            }
            else if (date > today.AddYears(3))
            {
                ModelState.AddModelError(nameof(form.MembershipEnds), "Membership lasts 3 years, so the end date must be within 3 years from today");
            }
            membershipEnds = date;
        }
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var now = clock.GetUtcNow();
        var employer = new Core.Employers.Employer
        {
            Name = form.OrganisationName!.Trim(),
            Sector = string.IsNullOrWhiteSpace(form.Sector) ? null : form.Sector.Trim(),
            DcLevel = form.Level!.Value,
            DcValidUntil = membershipEnds,
            DcSince = form.Level == DisabilityConfidentLevel.None ? null : DateOnly.FromDateTime(now.UtcDateTime),
            Approval = ApprovalStatus.Pending,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Employers.Add(employer);
        await db.SaveChangesAsync();

        var user = new AppUser
        {
            UserName = form.Email!.Trim(),
            Email = form.Email.Trim(),
            DisplayName = form.FullName!.Trim(),
            EmployerId = employer.Id,
            CreatedAt = now,
        };
        var created = await users.CreateAsync(user, form.Password!);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync();
            foreach (var error in created.Errors)
            {
                var field = error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(form.Password) : nameof(form.Email);
                ModelState.AddModelError(field, error.Description);
            }
            return View(form);
        }
        await users.AddToRoleAsync(user, Roles.Employer);
        await transaction.CommitAsync();
        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect(linkTo.EmployerHome());
    }
}

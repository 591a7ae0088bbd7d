using Employment.Core.Accounts;
using Employment.Core.Data;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Admin.Users;

public sealed class InviteFormValidator : AbstractValidator<InviteForm>
{
    public InviteFormValidator(EmploymentDbContext db, UserManager<AppUser> users)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.FullName)
            .NotEmpty().WithMessage("Enter the person's full name")
            .MaximumLength(200).WithMessage("Full name must be 200 characters or fewer");

        RuleFor(f => f.Email)
            .NotEmpty().WithMessage("Enter the person's email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.com")
            .MustAsync(async (email, _) => await users.FindByEmailAsync(email!.Trim()) is null)
            .WithMessage(InvitationService.AccountTaken);

        RuleFor(f => f.Role)
            .NotEmpty().WithMessage("Select what the person does")
            .Must(role => Roles.All.Contains(role!)).WithMessage("Select what the person does");

        RuleFor(f => f.EmployerId)
            .MustAsync(async (id, ct) => id is not null && await db.Employers.AnyAsync(e => e.Id == id, ct))
            .When(f => f.Role == Roles.Employer)
            .WithMessage("Select the organisation the person works for");

        RuleFor(f => f.CollegeId)
            .MustAsync(async (id, ct) => id is not null && await db.Colleges.AnyAsync(c => c.Id == id, ct))
            .When(f => f.Role == Roles.College)
            .WithMessage("Select the college the person works for");

        RuleFor(f => f.LocalAuthorityId)
            .MustAsync(async (id, ct) => await db.LocalAuthorities.AnyAsync(l => l.Id == id, ct))
            .When(f => f.LocalAuthorityId is not null && f.Role != Roles.Employer)
            .WithMessage("Select a council from the list");
    }
}

using Employment.Core.Accounts;
using Employment.Core.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Admin.People;

public sealed class PeopleSearchFormValidator : AbstractValidator<PeopleSearchForm>
{
    public PeopleSearchFormValidator(EmploymentDbContext db)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.Name)
            .MaximumLength(200).WithMessage("Name must be 200 characters or fewer");

        RuleFor(f => f.SourceId)
            .MaximumLength(64).WithMessage("Council system id must be 64 characters or fewer");

        RuleFor(f => f.Council)
            .MustAsync(async (council, ct) => int.TryParse(council, out var id) && await db.LocalAuthorities.AnyAsync(l => l.Id == id, ct))
            .When(f => !string.IsNullOrEmpty(f.Council))
            .WithMessage("Select a council from the list");

        RuleFor(f => f.Coach)
            .MustAsync(async (coach, ct) => Guid.TryParse(coach, out var id) && await IsCoachAsync(db, id, ct))
            .When(f => !string.IsNullOrEmpty(f.Coach) && f.Coach != PeopleSearchForm.NoCoach)
            .WithMessage("Select a job coach from the list");
    }

    private static Task<bool> IsCoachAsync(EmploymentDbContext db, Guid id, CancellationToken ct) =>
        (from link in db.UserRoles
         join role in db.Roles on link.RoleId equals role.Id
         where link.UserId == id && role.Name == Roles.Coach
         select link).AnyAsync(ct);
}

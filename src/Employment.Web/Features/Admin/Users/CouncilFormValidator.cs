using Employment.Core.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Admin.Users;

public sealed class CouncilFormValidator : AbstractValidator<CouncilForm>
{
    public CouncilFormValidator(EmploymentDbContext db)
    {
        RuleFor(f => f.LocalAuthorityId)
            .MustAsync(async (id, ct) => await db.LocalAuthorities.AnyAsync(l => l.Id == id, ct))
            .When(f => f.LocalAuthorityId is not null)
            .WithMessage("Select a council from the list");
    }
}

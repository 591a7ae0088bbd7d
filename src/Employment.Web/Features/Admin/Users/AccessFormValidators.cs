using Employment.Core.Accounts;
using FluentValidation;

namespace Employment.Web.Features.Admin.Users;

public sealed class DisableFormValidator : AbstractValidator<DisableForm>
{
    public DisableFormValidator()
    {
        RuleFor(f => f.Reason)
            .NotEmpty().WithMessage("Enter why access is being taken away")
            .MaximumLength(AccountAccessService.MaxReasonLength).WithMessage($"Reason must be {AccountAccessService.MaxReasonLength} characters or fewer");
    }
}

public sealed class RoleFormValidator : AbstractValidator<RoleForm>
{
    public RoleFormValidator()
    {
        RuleFor(f => f.Role)
            .NotEmpty().WithMessage("Select a role")
            .Must(r => Roles.All.Contains(r!)).WithMessage("Select a role from the list");
    }
}

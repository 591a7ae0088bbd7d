using FluentValidation;

namespace Employment.Web.Features.MyView;

public sealed class NotForMeFormValidator : AbstractValidator<NotForMeForm>
{
    public NotForMeFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.Reason)
            .NotNull().WithMessage("Pick why this job is not for you")
            .IsInEnum().WithMessage("Pick why this job is not for you");

        RuleFor(f => f.Words)
            .MaximumLength(500).WithMessage("Your words are too long. Use 500 letters or fewer.");
    }
}

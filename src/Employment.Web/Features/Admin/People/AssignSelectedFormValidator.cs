using FluentValidation;

namespace Employment.Web.Features.Admin.People;

public sealed class AssignSelectedFormValidator : AbstractValidator<AssignSelectedForm>
{
    /// <summary>More than a page or two of ticks is a hand-made request: a whole batch goes through "assign all matching".</summary>
    public const int MostAtOnce = 500;

    public AssignSelectedFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.Selected)
            .NotEmpty().WithMessage("Select at least one person")
            .Must(s => s.Count <= MostAtOnce).WithMessage($"Select no more than {MostAtOnce} people, or assign everyone matching the search")
            .Must(s => s.All(id => Guid.TryParse(id, out _))).WithMessage("Select people from the list");

        RuleFor(f => f.CoachId).IsACoachChoice();
    }
}
